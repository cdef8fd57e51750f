using System.Collections.Immutable;
using System.Text;
using Ingest.Pipeline.Extraction;
using Ingest.Pipeline.Text;

namespace Ingest.Pipeline.Normalization;

/// <summary>
/// Suggests repairs for garbled spans of the commonest kind in our sources: GBK bytes decoded one
/// byte out of step, sometimes with full-width signs folded to ASCII and characters converted to
/// Traditional afterwards. The garbled characters are encoded back to GBK bytes (each character
/// may stand for its own code, its Simplified form's code, the code of its full-width form, or for
/// lost bytes when it is a '?'), and a best-path search over those choices and over the byte
/// alignment finds the decoding that reads most like Chinese. A repair is suggested only when it
/// reads clearly better than the garbled text; characters it cannot recover are U+FFFD, and a byte
/// that was lost entirely is guessed from the document's own characters only when its neighbours
/// make one candidate stand out.
/// </summary>
/// <remarks>
/// Repairs are reported in <see cref="QualityReport.Repairs"/> and are not applied to
/// <see cref="NormalizedDocument.Text"/>. The text stays what the author's file says: a repair is a
/// hypothesis (the lost bytes at either end of a span are gone, the Traditional/Simplified
/// fold-back is per character and ambiguous), every offset downstream (blocks, chunks, entities,
/// the mojibake spans themselves) points into one unchanged text, and the tagger already keeps
/// garbled spans out of entities and facets. A person reading the report, or a later stage that
/// chooses to, can apply a repair by its offset.
/// </remarks>
internal static class MojibakeRepairer
{
    public const string Method = "gbk-reencode-shift";

    private const int Unknown = -1;
    private const int None = -2;
    private const double InsertCost = -1.0;

    /// <summary>Full-width letters and digits are rare in Chinese prose, so reading an ASCII letter as one costs this much.</summary>
    private const double FullWidthLetterCost = -1.5;
    private const double InvalidCode = -1;
    private const int MaxSpanLength = 400;

    private static readonly string CommonPunctuation = "，。、；：？！“”‘’（）《》—…·「」『』";

    public static IReadOnlyList<TextRepair> Suggest(string text, IReadOnlyList<MojibakeSpan> spans)
    {
        if (spans.Count == 0)
        {
            return [];
        }

        var context = new Lazy<DocumentCharacters>(() => new DocumentCharacters(text));
        var repairs = new List<TextRepair>();
        foreach (var span in spans)
        {
            if (span.Length > MaxSpanLength || span.Evidence == "replacement-char")
            {
                continue; // U+FFFD means the bytes were already thrown away: nothing to re-decode.
            }

            if (TryRepair(text, span, context) is { } repair)
            {
                repairs.Add(repair);
            }
        }

        return repairs;
    }

    private static TextRepair? TryRepair(string text, MojibakeSpan span, Lazy<DocumentCharacters> context)
    {
        var garbled = span.Text;
        var characters = context.Value;
        var identity = 0.0;
        var last = '\0';
        foreach (var c in garbled)
        {
            identity += c is '?' or '\uFFFD' ? InvalidCode : Score(c, last, characters);
            last = c;
        }

        var best = Search(garbled, characters);
        if (best is null)
        {
            return null;
        }

        var decoded = best.Output.Where(o => o.Char != '\0').ToList();
        var good = decoded.Count(o => o.Score >= 0.5);
        var shifted = best.Flags.Contains("shift") || best.Flags.Contains("lost-byte");
        if (!shifted || decoded.Count < 2 || good < decoded.Count * 0.6 || best.Score < identity + 1.5)
        {
            return null;
        }

        var before = span.Start > 0 ? text[span.Start - 1] : '\0';
        var after = span.End < text.Length ? text[span.End] : '\0';
        var replacement = new StringBuilder(best.Output.Count);
        var guessed = false;
        for (var i = 0; i < best.Output.Count; i++)
        {
            var o = best.Output[i];
            if (o.Char != '\0')
            {
                replacement.Append(o.Score < 0 ? '\uFFFD' : o.Char);
                continue;
            }

            var previous = replacement.Length > 0 ? replacement[^1] : before;
            var next = i + 1 < best.Output.Count ? best.Output[i + 1].Char : after;
            var guess = characters.Guess(Candidates(o), previous, next);
            guessed |= guess != '\uFFFD';
            replacement.Append(guess);
        }

        var method = string.Join('+', new[] { Method }.Concat(best.Flags.Where(f => f != "shift").Order(StringComparer.Ordinal)).Concat(guessed ? ["guess-lost-byte"] : []));
        var recovered = replacement.ToString().Count(c => c != '\uFFFD');
        return new TextRepair(span.Start, garbled, replacement.ToString(), method)
        {
            Length = span.Length,
            Confidence = Math.Round(Math.Min(0.95, 0.5 * good / decoded.Count + 0.45 * recovered / replacement.Length), 2),
        };
    }

    private static IEnumerable<char> Candidates(Decoded unknown) =>
        unknown.Lead >= 0 ? GbkTable.Instance.WithLead((byte)unknown.Lead)
        : unknown.Trail >= 0 ? GbkTable.Instance.WithTrail((byte)unknown.Trail)
        : [];

    /// <summary>
    /// Best path over the choices for every garbled character (which bytes it stands for, and
    /// whether a byte was lost before it), keeping one best path per pending lead byte.
    /// </summary>
    private static Path? Search(string garbled, DocumentCharacters characters)
    {
        var states = new Dictionary<int, Path>
        {
            [None] = Path.Empty,
            [Unknown] = Path.Empty with { Flags = ["shift"], Score = InsertCost },
        };
        foreach (var c in garbled)
        {
            var next = new Dictionary<int, Path>();
            foreach (var (pending, path) in states)
            {
                foreach (var (bytes, flag, cost) in Variants(c))
                {
                    Advance(next, pending, path with { Score = path.Score + cost }, bytes, flag, insert: false, characters);
                    Advance(next, pending, path with { Score = path.Score + cost }, bytes, flag, insert: true, characters);
                }
            }

            states = next;
        }

        Path? best = null;
        foreach (var (pending, path) in states)
        {
            // A lead byte left over at the end lost its trail to the text that follows.
            var final = pending == None ? path : path.Emit(new Decoded('\uFFFD', 0, Unknown, Unknown));
            if (best is null || final.Score > best.Score) best = final;
        }

        return best;
    }

    private static void Advance(Dictionary<int, Path> next, int pending, Path path, int[] bytes, string? flag, bool insert, DocumentCharacters characters)
    {
        var state = pending;
        var current = flag is null ? path : path.With(flag);
        if (insert)
        {
            (state, current) = Feed(state, current.With("shift") with { Score = current.Score + InsertCost }, Unknown, characters);
        }

        foreach (var b in bytes)
        {
            (state, current) = Feed(state, current, b, characters);
        }

        if (!next.TryGetValue(state, out var existing) || current.Score > existing.Score)
        {
            next[state] = current;
        }
    }

    /// <summary>One byte into the decoder: ASCII stands alone, a lead byte waits for its trail.</summary>
    private static (int State, Path Path) Feed(int state, Path path, int b, DocumentCharacters characters)
    {
        if (state == None)
        {
            if (b == Unknown || b is >= 0x81 and <= 0xFE) return (b, path);
            return b < 0x80 ? (None, path.Emit(new Decoded((char)b, Score((char)b, path.Last, characters), Unknown, Unknown))) : (None, path.Emit(new Decoded('\uFFFD', InvalidCode, Unknown, Unknown)));
        }

        if (state == Unknown || b == Unknown)
        {
            // The code lost a byte: which character it was is decided later from the context.
            return (None, path.Emit(new Decoded('\0', 0, state, b)));
        }

        if (b < 0x40)
        {
            // Not a trail byte: the lead stood alone (garbled), and this byte starts afresh.
            return Feed(None, path.Emit(new Decoded('\uFFFD', InvalidCode, Unknown, Unknown)), b, characters);
        }

        var c = GbkTable.Instance.Decode((byte)state, (byte)b);
        return (None, path.Emit(c == '\0' ? new Decoded('\uFFFD', InvalidCode, Unknown, Unknown) : new Decoded(c, Score(c, path.Last, characters), Unknown, Unknown)));
    }

    /// <summary>The byte sequences a garbled character may stand for, with a flag naming the assumption.</summary>
    private static IEnumerable<(int[] Bytes, string? Flag, double Cost)> Variants(char c)
    {
        var table = GbkTable.Instance;
        if (c is '?' or '\uFFFD')
        {
            yield return ([Unknown], "lost-byte", 0);
            yield return ([Unknown, Unknown], "lost-byte", 0);
            // ？ folded to ASCII; in a garbled run a '?' more often stands for a lost byte.
            yield return ([0xA3, 0xBF], "fullwidth", -0.5);
            if (c == '?') yield return ([0x3F], null, 0);
            yield break;
        }

        if (c < 0x80)
        {
            yield return ([c], null, 0);
            if (c > ' ') yield return ([0xA3, c + 0x80], "fullwidth", char.IsAsciiLetterOrDigit(c) ? FullWidthLetterCost : 0); // full-width form folded to ASCII
            yield break;
        }

        var code = table.Encode(c);
        if (code != 0) yield return ([code >> 8, code & 0xFF], null, 0);
        var simplified = ScriptFolder.ToSimplified(c.ToString())[0];
        if (simplified != c && table.Encode(simplified) is var folded and not 0)
        {
            yield return ([folded >> 8, folded & 0xFF], "fold-simplified", 0);
        }

        if (code == 0 && simplified == c)
        {
            yield return ([Unknown, Unknown], "lost-byte", 0);
        }
    }

    /// <summary>
    /// How much one decoded character reads like Chinese prose: characters the document uses
    /// elsewhere score highest, other common characters less, punctuation well unless it follows
    /// punctuation, rare and odd characters negative.
    /// </summary>
    private static double Score(char c, char previous, DocumentCharacters characters)
    {
        if (CommonPunctuation.Contains(c))
        {
            // Question and exclamation marks are rare in news and policy prose, and stacked signs rarer still.
            return CommonPunctuation.Contains(previous) || previous is '?' or '!' ? 0.2 : c is '？' or '！' ? 0.5 : 1;
        }

        if (CjkChars.IsHan(c)) return characters.Count(c) >= 2 ? 1 : CommonHanzi.Contains(c) ? 0.6 : -0.5;
        if (CjkChars.IsCjkPunctuation(c)) return 0.3;
        if (c == '?') return InvalidCode; // an ASCII '?' inside Chinese text is what garbling leaves behind
        if (char.IsAsciiDigit(c)) return 0.5;
        if (char.IsAsciiLetter(c)) return 0.2;
        if (c is > ' ' and < '\u007F') return 0.1;
        return -1;
    }

    /// <summary>A decoded character; '\0' marks a code that lost its lead or trail byte (the other is kept).</summary>
    private sealed record Decoded(char Char, double Score, int Lead, int Trail);

    private sealed record Path(double Score, ImmutableList<Decoded> Output, ImmutableHashSet<string> Flags)
    {
        public static Path Empty { get; } = new(0, [], []);

        public Path Emit(Decoded decoded) => this with { Score = Score + decoded.Score, Output = Output.Add(decoded) };

        public Path With(string flag) => Flags.Contains(flag) ? this : this with { Flags = Flags.Add(flag) };

        public char Last => Output.Count == 0 ? '\0' : Output[^1].Char;
    }
}
