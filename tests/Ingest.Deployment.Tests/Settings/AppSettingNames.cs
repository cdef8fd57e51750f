namespace Ingest.Deployment.Tests.Settings;

/// <summary>Configuration keys and app setting names: environment variables spell <c>:</c> as <c>__</c>.</summary>
internal static class AppSettingNames
{
    public static string FromKey(string key) => key.Replace(":", "__", StringComparison.Ordinal);

    public static string ToKey(string appSetting) => appSetting.Replace("__", ":", StringComparison.Ordinal);
}
