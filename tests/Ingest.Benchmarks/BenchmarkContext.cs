namespace Ingest.Benchmarks;

/// <summary>What a benchmark needs: where the corpus is, and where to write its report.</summary>
internal sealed class BenchmarkContext(string corpusPath, TextWriter output)
{
    /// <summary>The real-article corpus (<c>INGEST_CORPUS</c>, default <c>../shared/corpus</c> beside the repository).</summary>
    public string CorpusPath { get; } = corpusPath;

    public TextWriter Output { get; } = output;

    /// <summary>Every corpus article file, in a stable order.</summary>
    public IReadOnlyList<string> CorpusFiles() =>
        Directory.Exists(CorpusPath)
            ? Directory.EnumerateFiles(CorpusPath, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList()
            : throw new DirectoryNotFoundException($"The corpus is not at {CorpusPath}; set INGEST_CORPUS to its folder.");

    public void Line(string text = "") => Output.WriteLine(text);
}
