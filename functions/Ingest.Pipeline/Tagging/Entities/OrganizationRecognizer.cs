using Ingest.Pipeline.Tagging.Segmentation;
using Ingest.Pipeline.Text;

namespace Ingest.Pipeline.Tagging.Entities;

/// <summary>
/// Organizations: names the dictionary tags as organizations (nt: 新华社, 国务院), and names built
/// from the words before an organization ending (广东省人民政府, 省发展改革委, 中国科学院). Leading
/// groups, whose names read like a sentence (广东加快数字化发展工作领导小组), are walked back
/// character by character to the nearest particle or punctuation.
/// </summary>
internal static class OrganizationRecognizer
{
    private const int MaxLength = 24;

    private static readonly WordEndings Suffixes = new(EntityRules.OrganizationSuffixes);

    public static IEnumerable<Candidate> Find(EntityContext context)
    {
        foreach (var candidate in Known(context)) yield return candidate;

        var tokens = context.Tokens;
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            var word = context.FoldedWord(token);
            if (token.Pos == "nt" && word.Length >= 2 && word.All(CjkChars.IsHan))
            {
                yield return Organization(context, token.Start, token.End, Priority.DictionaryOrganization);
            }

            var suffix = Suffix(word, token.Pos) ?? SuffixAcrossWords(context, token);
            if (suffix is null)
            {
                continue;
            }

            var suffixFirst = Math.Min(i, Math.Max(0, context.TokenStartingAt(token.End - suffix.Length)));

            if (suffix.EndsWith("小组", StringComparison.Ordinal))
            {
                var start = WalkBackOverCharacters(context, token.End - suffix.Length);
                if (token.End - start > suffix.Length)
                {
                    yield return Organization(context, start, token.End, Priority.ComposedOrganization);
                }

                continue;
            }

            var (first, specific) = WalkBackOverWords(context, i);
            var candidateStart = tokens[first].Start;
            var name = context.Folded.Substring(candidateStart, token.End - candidateStart);
            specific |= EntityRules.AdministrativePrefixes.Any(p => name.StartsWith(p, StringComparison.Ordinal) && name.Length > p.Length + suffix.Length - 1);
            var strong = EntityRules.StrongOrganizationSuffixes.Contains(suffix);
            if ((name.Length > suffix.Length && (specific || (strong && first < suffixFirst))) || LocalCommittees.Contains(name))
            {
                yield return Organization(context, candidateStart, token.End, Priority.ComposedOrganization);
            }
        }
    }

    /// <summary>An ending of several characters that the segmenter split into words (研究 基地), starting where a word starts.</summary>
    private static string? SuffixAcrossWords(EntityContext context, WordToken token)
    {
        foreach (var suffix in Suffixes.Endings(context.Folded, token.End))
        {
            if (suffix.Length > token.Length && suffix.Length >= 2 && context.IsWordStart(token.End - suffix.Length))
            {
                return suffix;
            }
        }

        return null;
    }

    /// <summary>The party committee of the province, city, county or district, named alone (县委 decided).</summary>
    private static readonly string[] LocalCommittees = ["省委", "市委", "县委", "区委", "州委"];

    /// <summary>The organization ending <paramref name="word"/> carries; one-character endings only as a word of their own.</summary>
    private static string? Suffix(string word, string pos)
    {
        foreach (var suffix in Suffixes.Endings(word, word.Length))
        {
            // One-character endings only on a word that names an office (外交部, 县委, 省教委), never on 干部 or 内部.
            if (suffix.Length == 1 && word.Length > 1 && pos != "nt"
                && (pos is not ("n" or "j" or "nz") || EntityRules.NotOrganizationWords.Contains(word) || (word.Length == 2 && !EntityRules.AdministrativePrefixes.Contains(word[..1]))))
            {
                continue;
            }

            return suffix;
        }

        return null;
    }

    /// <summary>Walks back over the words of a name; reports the first word and whether a proper name is among them.</summary>
    private static (int First, bool Specific) WalkBackOverWords(EntityContext context, int last)
    {
        var tokens = context.Tokens;
        var first = last;
        var specific = tokens[last].Pos is "nt" or "ns";
        while (first > 0)
        {
            var previous = tokens[first - 1];
            var word = context.FoldedWord(previous);
            if (tokens[last].End - previous.Start > MaxLength || !(IsNamePart(previous) || IsOrdinal(word)))
            {
                break;
            }

            if (EntityRules.NotOrganizationStarts.Contains(word))
            {
                break;
            }

            first--;
            specific |= previous.Pos is "ns" or "nt" or "nz" or "nr" or "nrt" or "j" or "eng";
        }

        return (first, specific);
    }

    /// <summary>Well-known names that carry no organization ending (东盟, 九三学社, 人民日报), where a word starts and ends.</summary>
    private static IEnumerable<Candidate> Known(EntityContext context)
    {
        var folded = context.Folded;
        foreach (var token in context.Tokens)
        {
            for (var length = Math.Min(KnownOrganizations.MaxLength, folded.Length - token.Start); length >= 2; length--)
            {
                // The name may end inside a word (东盟国家, 外交部发言人), but not before 长 (外交部长 is a minister).
                var end = token.Start + length;
                if ((end == folded.Length || folded[end] != '长') && KnownOrganizations.Names.GetAlternateLookup<ReadOnlySpan<char>>().Contains(folded.AsSpan(token.Start, length)))
                {
                    yield return Organization(context, token.Start, end, Priority.DictionaryOrganization);
                    break;
                }
            }
        }
    }

    private static bool IsNamePart(WordToken token) =>
        token.Pos is "ns" or "nt" or "nz" or "n" or "vn" or "j" or "nr" or "nrt" or "nrfg" or "eng" or "b" or "an" or "ng";

    /// <summary>第九届, 第十五次: congresses and committees are named with their term.</summary>
    private static bool IsOrdinal(string word) =>
        word.Length >= 3 && word[0] == '第' && word[^1] is '届' or '次' && word.AsSpan(1, word.Length - 2).IndexOfAnyExcept("一二三四五六七八九十百零〇0123456789") < 0;

    private static int WalkBackOverCharacters(EntityContext context, int suffixStart)
    {
        var folded = context.Folded;
        var start = suffixStart;
        while (start > 0 && suffixStart - start < MaxLength - 4 && CjkChars.IsHan(folded[start - 1]) && !EntityRules.OrganizationStops.Contains(folded[start - 1]))
        {
            start--;
        }

        // Start on a word boundary, past words that only point at the name (各, 有关).
        while (start < suffixStart && !context.IsWordStart(start)) start++;
        var index = context.TokenStartingAt(start);
        while (index >= 0 && start < suffixStart && EntityRules.NotOrganizationStarts.Contains(context.FoldedWord(context.Tokens[index])))
        {
            start = context.Tokens[index].End;
            index = context.TokenStartingAt(start);
        }

        return start;
    }

    private static Candidate Organization(EntityContext context, int start, int end, int priority) =>
        new(context.Create(EntityType.Organization, start, end, context.Folded[start..end]), priority);
}
