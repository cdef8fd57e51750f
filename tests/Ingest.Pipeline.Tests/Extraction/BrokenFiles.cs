using Ingest.Pipeline.Tests.Support;

namespace Ingest.Pipeline.Tests.Extraction;

/// <summary>Locates the BrokenFiles folder: beside the test binaries when the build copies it, else in the source tree.</summary>
internal static class BrokenFiles
{
    public static string Folder { get; } = Locate();

    public static byte[] Read(string name) => File.ReadAllBytes(Path.Combine(Folder, name));

    private static string Locate()
    {
        var copied = Path.Combine(AppContext.BaseDirectory, "BrokenFiles");
        return Directory.Exists(copied) ? copied : Path.Combine(Samples.RepositoryRoot(), "tests", "Ingest.Pipeline.Tests", "BrokenFiles");
    }
}
