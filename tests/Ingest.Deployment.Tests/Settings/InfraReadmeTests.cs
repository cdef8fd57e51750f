using Ingest.Deployment.Tests.Bicep;
using Ingest.Deployment.Tests.Support;

namespace Ingest.Deployment.Tests.Settings;

/// <summary>infra/README.md's configuration table documents every setting, and only real ones.</summary>
public sealed class InfraReadmeTests(CompiledTemplate compiled)
{
    private static IReadOnlyList<string> Documented => ConfigurationTable.Read(Repository.InfraReadme);

    [Fact]
    public void ConfigurationTable_EveryTemplateSetting_IsDocumented()
    {
        var missing = new FunctionAppSettings(compiled.Template).Names.Except(Documented, StringComparer.Ordinal);

        Assert.Empty(missing);
    }

    [Fact]
    public void ConfigurationTable_EveryOption_IsDocumented()
    {
        var missing = OptionsCatalog.Settings.Select(s => s.AppSetting).Except(Documented, StringComparer.Ordinal);

        Assert.Empty(missing);
    }

    [Fact]
    public void ConfigurationTable_EveryRow_IsARealSetting()
    {
        var real = new FunctionAppSettings(compiled.Template).Names
            .Concat(OptionsCatalog.Settings.Select(s => s.AppSetting))
            .ToHashSet(StringComparer.Ordinal);

        Assert.DoesNotContain(Documented, name => !real.Contains(name));
    }

    [Fact]
    public void ConfigurationTable_Rows_AreUnique() =>
        Assert.Empty(Documented.GroupBy(n => n, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key));
}
