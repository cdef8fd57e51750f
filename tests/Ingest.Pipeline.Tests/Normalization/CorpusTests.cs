using Ingest.Pipeline.Documents;
using Ingest.Pipeline.Failures;
using Ingest.Pipeline.Normalization;
using Ingest.Pipeline.Tests.Support;
using Ingest.Pipeline.Tests.Text;

namespace Ingest.Pipeline.Tests.Normalization;

/// <summary>
/// The real articles in the shared corpus (one UTF-8 .txt per article, title on line 1; the folder
/// names the script) all extract and normalize, get their script right, keep their title, and
/// almost never get a garbled span, since the corpus is clean text.
/// </summary>
public sealed class CorpusTests
{
    /// <summary>False positives allowed on the clean corpus (about 1,000 articles).</summary>
    private const int MaxArticlesWithSpans = 5;

    [Fact]
    public void Normalize_EveryCorpusArticle_DetectsTheFolderScriptAndKeepsTheTitle()
    {
        var articles = LoadCorpus();
        var failures = new List<string>();
        var withSpans = new List<string>();
        foreach (var (file, expectedScript, manifestTitle) in articles)
        {
            TestContext.Current.CancellationToken.ThrowIfCancellationRequested();
            NormalizedDocument document;
            try
            {
                document = PipelineFactory.Normalize(new SourceDocument { Path = Path.GetFileName(file), Content = File.ReadAllBytes(file) });
            }
            catch (DocumentRejectedException ex)
            {
                failures.Add($"{file}: rejected {ex.Reason}: {ex.Message}");
                continue;
            }

            if (document.Script.ToTag() != expectedScript) failures.Add($"{file}: script {document.Script.ToTag()}, folder says {expectedScript}");
            // The manifest keeps full-width digits and letters that normalization folds to ASCII.
            if (manifestTitle is not null && document.Title != UnicodeCleaner.Clean(manifestTitle)) failures.Add($"{file}: title '{document.Title}', manifest '{manifestTitle}'");
            if (document.Quality.MojibakeSpans.Count > 0) withSpans.Add($"{Path.GetFileName(file)}: {string.Join(" | ", document.Quality.MojibakeSpans.Select(s => $"{s.Evidence} {s.Text}"))}");
        }

        var output = TestContext.Current.TestOutputHelper;
        output?.WriteLine($"{articles.Count} articles, {failures.Count} failures, {withSpans.Count} with garbled spans");
        foreach (var line in withSpans) output?.WriteLine(line);
        Assert.True(articles.Count > 900, $"Only {articles.Count} corpus articles found.");
        Assert.Empty(failures);
        Assert.InRange(withSpans.Count, 0, MaxArticlesWithSpans);
    }

    private static List<(string File, string Script, string? Title)> LoadCorpus()
    {
        var corpus = Path.Combine(SharedFolder.Locate(), "corpus");
        if (!Directory.Exists(corpus))
        {
            Assert.Skip($"The shared corpus is not at {corpus} (set {SharedFolder.EnvironmentVariable}).");
        }

        var articles = new List<(string, string, string?)>();
        foreach (var folder in Directory.GetDirectories(corpus).Order(StringComparer.Ordinal))
        {
            var titles = ReadManifestTitles(Path.Combine(folder, "MANIFEST.tsv"));
            foreach (var file in Directory.GetFiles(folder, "*.txt").Order(StringComparer.Ordinal))
            {
                articles.Add((file, Path.GetFileName(folder), titles.GetValueOrDefault(Path.GetFileNameWithoutExtension(file))));
            }
        }

        return articles;
    }

    private static Dictionary<string, string> ReadManifestTitles(string manifest)
    {
        var titles = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!File.Exists(manifest)) return titles;
        var lines = File.ReadAllLines(manifest);
        var header = lines[0].Split('\t');
        int id = Array.IndexOf(header, "id"), title = Array.IndexOf(header, "title");
        foreach (var line in lines.Skip(1))
        {
            var fields = line.Split('\t');
            if (id >= 0 && title >= 0 && fields.Length > Math.Max(id, title)) titles[fields[id]] = fields[title];
        }

        return titles;
    }
}
