using System.Reflection;

namespace Ingest.Deployment.Tests.Settings;

/// <summary>One configuration key that an options class binds: <c>Section:Property</c>.</summary>
/// <param name="OptionsType">The options class.</param>
/// <param name="Section">Its configuration section, e.g. <c>Ingest:Chunking</c>.</param>
/// <param name="Property">The bound property.</param>
internal sealed record OptionsSetting(Type OptionsType, string Section, PropertyInfo Property)
{
    /// <summary>The configuration key, e.g. <c>Ingest:Chunking:MaxChars</c>.</summary>
    public string Key => $"{Section}:{Property.Name}";

    /// <summary>The app setting name, e.g. <c>Ingest__Chunking__MaxChars</c>.</summary>
    public string AppSetting => AppSettingNames.FromKey(Key);

    public override string ToString() => AppSetting;
}
