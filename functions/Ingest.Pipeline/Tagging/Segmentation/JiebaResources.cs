using JiebaNet.Segmenter;

namespace Ingest.Pipeline.Tagging.Segmentation;

/// <summary>
/// Points jieba.NET at its data files (dictionary, HMM and part-of-speech tables, IDF list). The
/// build copies them from the package into a <c>Resources</c> folder beside the application (see
/// Ingest.Pipeline.csproj); <see cref="TaggingOptions.JiebaResourcesPath"/> overrides the folder.
/// jieba.NET keeps this setting in a static, so it is set once per process, before first use.
/// </summary>
internal static class JiebaResources
{
    private static readonly Lock Gate = new();
    private static string? configured;

    /// <summary>The folder the build copies the files to.</summary>
    public static string DefaultFolder => Path.Combine(AppContext.BaseDirectory, "Resources");

    /// <summary>
    /// Sets jieba.NET's data folder, checking that its main dictionary is there. The first call wins:
    /// the folder cannot change once jieba has loaded from it.
    /// </summary>
    /// <exception cref="DirectoryNotFoundException">The folder or its dict.txt is missing.</exception>
    public static string Configure(string? folder)
    {
        var path = Path.GetFullPath(string.IsNullOrWhiteSpace(folder) ? DefaultFolder : folder);
        lock (Gate)
        {
            if (configured is not null)
            {
                return configured;
            }

            if (!File.Exists(Path.Combine(path, "dict.txt")))
            {
                throw new DirectoryNotFoundException(
                    $"jieba.NET's data files (dict.txt and its HMM tables) are not in {path}. The build copies them from the jieba.NET package; " +
                    $"set {TaggingOptions.SectionName}:JiebaResourcesPath to a folder holding them.");
            }

            ConfigManager.ConfigFileBaseDir = path;
            configured = path;
            return path;
        }
    }
}
