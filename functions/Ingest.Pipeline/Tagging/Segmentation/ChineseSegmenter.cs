using System.Diagnostics;
using Ingest.Pipeline.Tagging.Entities;
using Ingest.Pipeline.Text;
using JiebaNet.Segmenter;
using JiebaNet.Segmenter.PosSeg;

namespace Ingest.Pipeline.Tagging.Segmentation;

/// <summary>
/// Word segmentation with part-of-speech tags from jieba.NET's data: its segmenter (dictionary of
/// 349,000 words and an HMM that proposes words the dictionary lacks, unknown personal names above
/// all) and the dictionary's tags (73,000 person, 18,000 place and 4,700 organization names among
/// them) looked up in <see cref="Lexicon"/>. Words the dictionary lacks get a tag from their shape
/// (<see cref="GuessTag"/>). The dictionary is Simplified, so callers pass text folded to
/// Simplified. Loading takes a second or more, so one instance is shared per process
/// (<see cref="Shared"/>), created on first use; segmenting is thread-safe because jieba's tables
/// and the lexicon are only read after loading.
/// </summary>
internal sealed class ChineseSegmenter
{
    private static readonly Lazy<ChineseSegmenter> Instance = new(() => new ChineseSegmenter(), LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly JiebaSegmenter _segmenter;
    private readonly Lexicon _lexicon;

    // jieba's part-of-speech segmenter loads its own, larger tables; only runs of new words need it.
    private readonly Lazy<PosSegmenter> _posSegmenter = new(() => new PosSegmenter(), LazyThreadSafetyMode.ExecutionAndPublication);

    private ChineseSegmenter()
    {
        var folder = JiebaResources.Configure(folder: null);
        var watch = Stopwatch.StartNew();
        _segmenter = new JiebaSegmenter();

        // jieba loads its dictionary and HMM tables on the first cut, not in the constructor; do it
        // here so that the cost is paid once, inside the lazy initializer, and measured.
        _ = _segmenter.Cut("上海市委书记", cutAll: false, hmm: true).ToList();
        _lexicon = Lexicon.Load(folder);
        _ = _posSegmenter.Value.Cut("马兴瑞", hmm: true).ToList();
        LoadTime = watch.Elapsed;
    }

    /// <summary>How long loading the dictionary and models took.</summary>
    public TimeSpan LoadTime { get; }

    /// <summary>True once the shared instance has been loaded.</summary>
    public static bool IsLoaded => Instance.IsValueCreated;

    /// <summary>
    /// The process-wide instance, loaded on first use from the folder given to
    /// <see cref="JiebaResources.Configure(string?)"/> before, or else from the default folder.
    /// </summary>
    public static ChineseSegmenter Shared => Instance.Value;

    /// <summary>How often jieba's dictionary has seen <paramref name="word"/> (0 for words it lacks).</summary>
    public int Frequency(string word) => WordDictionary.Instance.GetFreqOrDefault(word);

    /// <summary>
    /// Segments <paramref name="folded"/> (text folded to Simplified) into words that cover it
    /// without gaps, with offsets into it. Each line is cut on its own, which keeps jieba's
    /// internal regular expressions working on short strings.
    /// </summary>
    public IReadOnlyList<WordToken> Segment(string folded, CancellationToken cancellationToken = default)
    {
        var tokens = new List<WordToken>(folded.Length / 2 + 1);
        var lineStart = 0;
        while (lineStart < folded.Length)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var lineEnd = folded.IndexOf('\n', lineStart);
            if (lineEnd < 0) lineEnd = folded.Length;
            if (lineEnd > lineStart)
            {
                SegmentLine(folded, lineStart, lineEnd, tokens);
            }

            if (lineEnd < folded.Length)
            {
                tokens.Add(new WordToken(lineEnd, 1, "x"));
            }

            lineStart = lineEnd + 1;
        }

        return tokens;
    }

    /// <summary>
    /// A tag for a word the dictionary lacks, from its shape: the HMM's new words of three characters
    /// are mostly names, so a family name and two characters make <c>nr</c> (two-character new words
    /// such as 智治 are mostly compounds, so they stay <c>n</c>); Latin letters <c>eng</c>; digits
    /// <c>m</c>; other Chinese words <c>n</c>; anything else <c>x</c>.
    /// </summary>
    internal static string GuessTag(string word)
    {
        if (word.All(char.IsAsciiLetter)) return "eng";
        if (word.All(c => char.IsAsciiDigit(c) || c is '.' or ',' or '%')) return "m";
        if (!word.All(CjkChars.IsHan)) return "x";
        var surname = Surnames.Match(word);
        return surname > 0 && word.Length - surname == 2 ? "nr" : "n";
    }

    private void SegmentLine(string folded, int start, int end, List<WordToken> tokens)
    {
        var lineTokens = new List<WordToken>();
        var position = start;
        foreach (var word in _segmenter.Cut(folded[start..end], cutAll: false, hmm: true))
        {
            if (word.Length == 0) continue;

            // jieba returns the words in order and, as far as we have seen, without dropping any
            // character; should it ever skip one, find the word again rather than drift.
            if (string.CompareOrdinal(folded, position, word, 0, word.Length) != 0)
            {
                var found = folded.IndexOf(word, position, end - position, StringComparison.Ordinal);
                if (found < 0) continue;
                if (found > position) lineTokens.Add(new WordToken(position, found - position, "x"));
                position = found;
            }

            lineTokens.Add(new WordToken(position, word.Length, _lexicon.Tag(word) ?? Unknown));
            position += word.Length;
        }

        if (position < end)
        {
            lineTokens.Add(new WordToken(position, end - position, "x"));
        }

        RetagNewWords(folded, lineTokens, tokens);
    }

    /// <summary>Marks a word the dictionary lacks until <see cref="RetagNewWords"/> has tagged it.</summary>
    private const string Unknown = "?";

    /// <summary>
    /// jieba proposes words its dictionary lacks from runs of single characters; its part-of-speech
    /// segmenter tags such a run with a 256-state HMM that knows names far better than a guess from
    /// the word's shape. That HMM is what makes jieba's tagging slow, so it runs here only on those
    /// runs (a maximal run of single characters and new words that holds a new word of two or more
    /// characters that may be a name), where jieba would run it too, and its words and tags replace
    /// the run. Other new words get a tag from their shape.
    /// </summary>
    private void RetagNewWords(string folded, List<WordToken> line, List<WordToken> tokens)
    {
        var i = 0;
        while (i < line.Count)
        {
            if (!IsRunPart(line[i]))
            {
                tokens.Add(line[i].Pos == Unknown ? line[i] with { Pos = GuessTag(folded.Substring(line[i].Start, line[i].Length)) } : line[i]);
                i++;
                continue;
            }

            var first = i;
            var hasNewWord = false;
            while (i < line.Count && IsRunPart(line[i]))
            {
                hasNewWord |= line[i].Pos == Unknown && line[i].Length >= 2 && MayBeName(folded.AsSpan(line[i].Start, line[i].Length));
                i++;
            }

            if (!hasNewWord)
            {
                for (var k = first; k < i; k++)
                {
                    tokens.Add(line[k].Pos == Unknown ? line[k] with { Pos = GuessTag(folded.Substring(line[k].Start, line[k].Length)) } : line[k]);
                }

                continue;
            }

            var runStart = line[first].Start;
            var runEnd = line[i - 1].End;
            var position = runStart;
            foreach (var (length, tag) in TagRun(folded[runStart..runEnd]))
            {
                if (length == 0 || position + length > runEnd) continue;
                tokens.Add(new WordToken(position, length, tag));
                position += length;
            }

            if (position < runEnd)
            {
                tokens.Add(new WordToken(position, runEnd - position, "x"));
            }
        }
    }

    /// <summary>
    /// The slow tagger's words for a run, remembered: the same names recur within an article and
    /// across articles. The cache is bounded by clearing it when full, which is cheap and rare.
    /// </summary>
    private (int Length, string Tag)[] TagRun(string run)
    {
        if (_runs.TryGetValue(run, out var words))
        {
            return words;
        }

        words = _posSegmenter.Value.Cut(run, hmm: true).Select(p => (p.Word.Length, p.Flag ?? "x")).ToArray();
        if (_runs.Count >= MaxCachedRuns) _runs.Clear();
        _runs[run] = words;
        return words;
    }

    private const int MaxCachedRuns = 100_000;

    /// <summary>Forgets the remembered runs, so that a benchmark can measure a process that has seen no text yet.</summary>
    internal void ForgetRuns() => _runs.Clear();

    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, (int Length, string Tag)[]> _runs = new(StringComparer.Ordinal);

    /// <summary>Only new words that may be names need the slow tagger: those starting with a family name or a transliteration syllable.</summary>
    private static bool MayBeName(ReadOnlySpan<char> word) => Surnames.Match(word) > 0 || PersonRecognizer.IsTransliterationChar(word[0]);

    private static bool IsRunPart(WordToken token) => token.Pos == Unknown || (token.Length == 1 && token.Pos != "x");
}
