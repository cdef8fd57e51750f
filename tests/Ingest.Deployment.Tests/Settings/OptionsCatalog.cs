using System.Reflection;
using Ingest.Deployment.Tests.Support;

namespace Ingest.Deployment.Tests.Settings;

/// <summary>
/// Every options class of the product assemblies that the Functions app ships (any type with a
/// <c>public const string SectionName</c>) and the keys its public settable properties bind. Read
/// from the app's build output, so a new adapter project is covered as soon as the app references it.
/// The local host's adapters (Ingest.Local, referenced by this project) are read too, for the
/// configuration reference; <see cref="DeploymentSettings.ExcludedSections"/> keeps them out of Azure.
/// </summary>
internal static class OptionsCatalog
{
    private static readonly Lazy<IReadOnlyList<OptionsSetting>> All = new(Discover);

    public static IReadOnlyList<OptionsSetting> Settings => All.Value;

    /// <summary>A fresh instance of an options class: its properties hold the code's defaults.</summary>
    public static object CreateDefault(Type optionsType) => Activator.CreateInstance(optionsType)
        ?? throw new InvalidOperationException($"{optionsType} has no public parameterless constructor.");

    private static IReadOnlyList<OptionsSetting> Discover()
    {
        var folder = BuildPaths.FunctionsOutput;
        var assemblies = Directory.GetFiles(folder, "Ingest.*.dll");
        Assert.True(assemblies.Length > 0, $"No product assemblies in {folder}; the build of the Functions app should have put them there.");

        var local = Path.Combine(AppContext.BaseDirectory, "Ingest.Local.dll");
        if (!assemblies.Any(a => Path.GetFileName(a) == "Ingest.Local.dll"))
        {
            assemblies = [.. assemblies, local];
        }

        var context = new FolderLoadContext(folder);
        return assemblies
            .Select(context.LoadFromAssemblyPath)
            .SelectMany(LoadableTypes)
            .Select(t => (Type: t, Section: SectionOf(t)))
            .Where(t => t.Section is not null)
            .SelectMany(t => t.Type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .Where(p => p.CanRead && p.SetMethod is { IsPublic: true } && p.GetIndexParameters().Length == 0)
                .Select(p => new OptionsSetting(t.Type, t.Section!, p)))
            .OrderBy(s => s.Key, StringComparer.Ordinal)
            .ToList();
    }

    private static string? SectionOf(Type type) =>
        type.IsClass && !type.IsAbstract
            ? type.GetField("SectionName", BindingFlags.Public | BindingFlags.Static) is { IsLiteral: true } field
                ? field.GetRawConstantValue() as string
                : null
            : null;

    /// <summary>
    /// The types of an assembly; types whose base lives in a framework the test host does not load
    /// (ASP.NET Core) are skipped: no options class derives from one.
    /// </summary>
    private static IEnumerable<Type> LoadableTypes(Assembly assembly)
    {
        try
        {
            return assembly.GetTypes();
        }
        catch (ReflectionTypeLoadException ex)
        {
            return ex.Types.OfType<Type>();
        }
    }
}
