using System.Text.RegularExpressions;
using Ingest.Pipeline.Tagging.Segmentation;

namespace Ingest.Pipeline.Tagging.Entities;

/// <summary>
/// Meetings and sessions: numbered plenums and congresses by pattern (十九届五中全会, 两会), and
/// named meetings found by walking back from a meeting word over the words of its name
/// (全省数字化改革大会, 城市数字化转型推进座谈会). A bare 会议 with nothing specific before it is no event.
/// </summary>
internal static class EventRecognizer
{
    private static readonly WordEndings Suffixes = new(EntityRules.EventSuffixes);

    public static IEnumerable<Candidate> Find(EntityContext context)
    {
        foreach (Match match in EntityRules.Event().Matches(context.Folded))
        {
            var canonical = match.Value.EndsWith("两会", StringComparison.Ordinal) ? "两会" : match.Value;
            yield return new Candidate(context.Create(EntityType.Event, match.Index, match.Index + match.Length, canonical), Priority.Event);
        }

        var tokens = context.Tokens;
        for (var i = 0; i < tokens.Count; i++)
        {
            var word = context.FoldedWord(tokens[i]);
            var suffix = Suffixes.LongestEnding(word);
            if (suffix is null)
            {
                continue;
            }

            var first = i;
            var specific = word.Length > suffix.Length + 1;
            var nameChars = word.Length - suffix.Length;
            while (first > 0 && IsNamePart(context, tokens[first - 1]) && tokens[i].End - tokens[first - 1].Start <= 20)
            {
                first--;
                var part = tokens[first];
                nameChars += part.Length;
                specific |= part.Pos is "ns" or "nt" or "nz" or "j" or "eng" || context.FoldedWord(part) is "全国" or "全省" or "全市" or "全区" or "全县";
            }

            // Generic nouns alone (工作会议, 第一次会议) do not make a named event; a long run of them does.
            if (first < i && (specific || nameChars >= 6))
            {
                var start = tokens[first].Start;
                yield return new Candidate(context.Create(EntityType.Event, start, tokens[i].End, context.Folded[start..tokens[i].End]), Priority.Event - 5);
            }
        }
    }

    private static bool IsNamePart(EntityContext context, WordToken token) =>
        token.Pos is "ns" or "nt" or "nz" or "n" or "vn" or "j" or "eng" or "an" && !EntityRules.NotOrganizationStarts.Contains(context.FoldedWord(token));
}
