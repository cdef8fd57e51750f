using System.Collections;
using Ingest.Azure;
using Ingest.Deployment.Tests.Bicep;
using Microsoft.Extensions.Configuration;

namespace Ingest.Deployment.Tests.Settings;

/// <summary>
/// The function app's settings in the compiled template against the options classes of the code: every
/// key the deployed app reads is set, every <c>Ingest__*</c> setting is one it reads, and the values
/// the template writes out bind to exactly the code's defaults.
/// </summary>
public sealed class AppSettingsTests(CompiledTemplate compiled)
{
    private const string IndexProvider = "Ingest__Index__Provider";

    private FunctionAppSettings Settings => new(compiled.Template);

    private static IEnumerable<OptionsSetting> DeployedOptions => OptionsCatalog.Settings.Where(s => !DeploymentSettings.IsExcluded(s));

    [Fact]
    public void OptionsCatalog_ProductAssemblies_FindsTheStageAndStorageOptions()
    {
        // Without this, a catalog that found nothing would make the checks below pass vacuously.
        var keys = OptionsCatalog.Settings.Select(s => s.Key).ToList();

        Assert.Contains("Ingest:Chunking:MaxChars", keys);
        Assert.Contains("Ingest:AzureStorage:ArticlesContainer", keys);
        Assert.Contains("Ingest:Lucene:IndexPath", keys);
    }

    [Fact]
    public void OptionsCatalog_Properties_AreScalars()
    {
        // The catalog maps one property to one key; a nested options object would need a key per member.
        var nested = OptionsCatalog.Settings.Where(s => !IsScalar(s.Property.PropertyType)).Select(s => $"{s.Key} ({s.Property.PropertyType})");

        Assert.Empty(nested);
    }

    [Fact]
    public void AppSettings_EveryOptionTheAppReads_IsSet()
    {
        var missing = DeployedOptions.Select(s => s.AppSetting).Except(Settings.Names, StringComparer.Ordinal);

        Assert.Empty(missing);
    }

    [Fact]
    public void AppSettings_EveryIngestSetting_IsAnOptionTheAppReads()
    {
        var known = DeployedOptions.Select(s => s.AppSetting).Append(IndexProvider).ToHashSet(StringComparer.Ordinal);
        var unknown = Settings.Names.Where(n => n.StartsWith("Ingest__", StringComparison.Ordinal) && !known.Contains(n));

        Assert.Empty(unknown);
    }

    [Fact]
    public void Exclusions_EveryListedKey_IsARealOption()
    {
        var keys = OptionsCatalog.Settings.Select(s => s.Key).ToHashSet(StringComparer.Ordinal);
        var stale = DeploymentSettings.ExcludedKeys.Keys.Concat(DeploymentSettings.PerDeployment.Keys).Where(k => !keys.Contains(k));

        Assert.Empty(stale);
    }

    [Fact]
    public void AppSettings_TemplateValues_BindToTheCodeDefaults()
    {
        var settings = Settings;
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings.KnownValuesAsConfiguration()).Build();
        var failures = new List<string>();
        foreach (var options in DeployedOptions.GroupBy(s => s.OptionsType))
        {
            var defaults = OptionsCatalog.CreateDefault(options.Key);
            var bound = OptionsCatalog.CreateDefault(options.Key);
            try
            {
                configuration.GetSection(options.First().Section).Bind(bound);
            }
            catch (InvalidOperationException ex)
            {
                failures.Add($"{options.Key.Name}: {ex.Message}");
                continue;
            }

            foreach (var setting in options.Where(s => !DeploymentSettings.PerDeployment.ContainsKey(s.Key)))
            {
                if (settings.Raw.ContainsKey(setting.AppSetting) && settings.Value(setting.AppSetting) is null)
                {
                    failures.Add($"{setting.AppSetting} depends on the deployment: write the default out, or list it in DeploymentSettings.PerDeployment.");
                    continue;
                }

                var expected = Normalize(setting.Property.GetValue(defaults));
                var actual = Normalize(setting.Property.GetValue(bound));
                if (!Same(expected, actual))
                {
                    failures.Add($"{setting.AppSetting} = '{settings.Value(setting.AppSetting)}' binds to {actual ?? "null"}, the code's default is {expected ?? "null"}.");
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join('\n', failures));
    }

    [Fact]
    public void AppSettings_NonOptionSettingsTheAppReads_ArePresent()
    {
        var missing = DeploymentSettings.Required.Except(Settings.Names, StringComparer.Ordinal);

        Assert.Empty(missing);
    }

    [Theory]
    [InlineData("AzureWebJobsStorage")]
    [InlineData(StorageNames.Connection)]
    public void AppSettings_StorageConnection_UsesTheManagedIdentity(string connection)
    {
        var settings = Settings;

        Assert.Equal("managedidentity", settings.Value($"{connection}__credential"));
        Assert.Equal(settings.Raw["AZURE_CLIENT_ID"].GetString(), settings.Raw[$"{connection}__clientId"].GetString());
        Assert.DoesNotContain(connection, settings.Names);
    }

    [Fact]
    public void AppSettings_Values_HoldNoAccountKey()
    {
        var withKeys = Settings.Raw.Where(s => s.Value.GetRawText().Contains("AccountKey", StringComparison.OrdinalIgnoreCase)).Select(s => s.Key);

        Assert.Empty(withKeys);
    }

    [Fact]
    public void AppSettings_IndexProvider_IsAzureSearch() =>
        Assert.Equal("AzureSearch", Settings.Value(IndexProvider));

    [Fact]
    public void AppSettings_ReindexSchedule_IsASixFieldSchedule()
    {
        var schedule = Settings.Value(StorageNames.ReindexScheduleSetting);

        Assert.NotNull(schedule);
        Assert.Equal(6, schedule.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public void AppSettings_FlexConsumption_HasNoClassicRuntimeSettings()
    {
        var rejected = DeploymentSettings.RejectedByFlexConsumption.Intersect(Settings.Names, StringComparer.OrdinalIgnoreCase);

        Assert.Empty(rejected);
    }

    private static bool IsScalar(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        return type.IsPrimitive || type.IsEnum || type == typeof(string) || type == typeof(decimal) || type == typeof(Uri)
            || type == typeof(TimeSpan) || type == typeof(DateTimeOffset) || type == typeof(DateTime) || type == typeof(Guid);
    }

    /// <summary>An empty app setting is how the portal shows "none"; the code reads an empty string as unset.</summary>
    private static object? Normalize(object? value) => value is string { Length: 0 } ? null : value;

    private static bool Same(object? expected, object? actual) =>
        (expected, actual) switch
        {
            (null, null) => true,
            (IEnumerable a, IEnumerable b) when expected is not string => a.Cast<object?>().SequenceEqual(b.Cast<object?>()),
            _ => Equals(expected, actual),
        };
}
