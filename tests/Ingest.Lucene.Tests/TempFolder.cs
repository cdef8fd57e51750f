namespace Ingest.Lucene.Tests;

/// <summary>A fresh folder under the temp path, deleted (with anything moved beside the index) on dispose.</summary>
internal sealed class TempFolder : IDisposable
{
    public string Root { get; } = Path.Combine(Path.GetTempPath(), "ingest-lucene-tests", Guid.NewGuid().ToString("N"));

    public string IndexPath => Path.Combine(Root, "index");

    public void Dispose()
    {
        try
        {
            if (Directory.Exists(Root))
            {
                Directory.Delete(Root, recursive: true);
            }
        }
        catch (IOException)
        {
            // A leftover temp folder is not worth failing a test for.
        }
    }
}
