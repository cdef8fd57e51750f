using System.Collections.Frozen;
using System.Globalization;
using Ingest.Pipeline.Tagging.Segmentation;

namespace Ingest.Pipeline.Tagging.KeyPhrases;

/// <summary>
/// Inverse document frequencies and stop words from jieba.NET's data files (idf.txt, 270,000 words;
/// stopwords.txt), read once per process on first use. Words the table lacks get its median, as
/// jieba's own TF-IDF extractor does.
/// </summary>
internal sealed class IdfTable
{
    private static readonly Lazy<IdfTable> Instance = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly FrozenDictionary<string, double> _idf;
    private readonly FrozenSet<string> _stopWords;

    private IdfTable(FrozenDictionary<string, double> idf, FrozenSet<string> stopWords, double median)
    {
        _idf = idf;
        _stopWords = stopWords;
        Median = median;
    }

    public static IdfTable Shared => Instance.Value;

    public double Median { get; }

    public double Idf(string word) => _idf.TryGetValue(word, out var idf) ? idf : Median;

    public bool IsStopWord(string word) => _stopWords.Contains(word);

    private static IdfTable Load()
    {
        var folder = JiebaResources.Configure(folder: null);
        var idf = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(Path.Combine(folder, "idf.txt")))
        {
            var space = line.LastIndexOf(' ');
            if (space > 0 && double.TryParse(line.AsSpan(space + 1), NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
            {
                idf[line[..space]] = value;
            }
        }

        var stopWordsPath = Path.Combine(folder, "stopwords.txt");
        var stopWords = File.Exists(stopWordsPath)
            ? File.ReadLines(stopWordsPath).Select(l => l.Trim()).Where(l => l.Length > 0).ToFrozenSet(StringComparer.Ordinal)
            : FrozenSet<string>.Empty;
        var sorted = idf.Values.Order().ToArray();
        return new IdfTable(idf.ToFrozenDictionary(StringComparer.Ordinal), stopWords, sorted.Length == 0 ? 10 : sorted[sorted.Length / 2]);
    }
}
