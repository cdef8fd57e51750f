using System.Collections.Frozen;
using Ingest.Pipeline.Tagging.Gazetteer;
using Ingest.Pipeline.Text;

namespace Ingest.Pipeline.Tagging.Entities;

/// <summary>
/// Places: names of the administrative-division gazetteer (canonical name and level), matched where
/// words begin and end so that 江西 is not found in 长江西岸; and other words the dictionary tags as
/// places (ns: 长江, 亚洲), canonical as written. Inside organizations, works and events, gazetteer
/// names are matched without regard to word boundaries (浙江 in 浙江省委).
/// </summary>
internal sealed class PlaceRecognizer(Gazetteer.Gazetteer gazetteer)
{
    /// <summary>Characters after which a trailing 省/市/县 belongs to a title instead (广东省长 is 广东 + 省长).</summary>
    private const string TitleAfterSuffix = "长委";

    public IEnumerable<Candidate> Find(EntityContext context)
    {
        var tokens = context.Tokens;
        var coveredUntil = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (token.Start < coveredUntil || !(CjkChars.IsHan(context.Folded[token.Start]) || char.IsAsciiLetterLower(context.Folded[token.Start])))
            {
                continue;
            }

            if (Longest(context, token.Start, context.Folded.Length, aligned: true) is { } match)
            {
                var extended = WithSuffix(context, match);
                coveredUntil = extended.End;
                yield return new Candidate(extended, Priority.Place);
                continue;
            }

            var word = context.FoldedWord(token);
            if (ChinaShortName(context, i) is { } china)
            {
                coveredUntil = china.End;
                yield return china;
                continue;
            }

            var pairLength = RelationPrefixLength(word);
            if (pairLength > 0 || (token.Length is >= 2 and <= 4 && IsAbbreviationPair(context, i)))
            {
                pairLength = pairLength > 0 ? pairLength : token.Length;
            }

            if (pairLength > 0 && PlaceAbbreviations.Expand(word.AsSpan(0, pairLength)) is { } names)
            {
                coveredUntil = token.End;
                for (var k = 0; k < names.Length; k++)
                {
                    var level = gazetteer.TryGet(names[k], out var full) ? full.Level.ToString().ToLowerInvariant() : null;
                    yield return new Candidate(context.Create(EntityType.Place, token.Start + k, token.Start + k + 1, full?.Canonical ?? names[k], level), Priority.Place);
                }

                continue;
            }

            if (token.Pos == "ns" && token.Length >= 2 && word.All(CjkChars.IsHan) && LooksLikePlaceName(word))
            {
                coveredUntil = token.End;
                yield return new Candidate(context.Create(EntityType.Place, token.Start, token.End, word), Priority.Place - 5);
            }
        }
    }

    /// <summary>
    /// A place name followed by a word for its kind is one name: an administrative word keeps the
    /// place (洛杉矶市, 波兰共和国 → 洛杉矶, 波兰), a natural feature names another (马拉维湖).
    /// </summary>
    private static Entity WithSuffix(EntityContext context, Entity place)
    {
        var index = context.TokenStartingAt(place.End);
        if (index < 0)
        {
            return place;
        }

        var next = context.FoldedWord(context.Tokens[index]);
        var end = place.End + next.Length;
        if (AdministrativeWords.Contains(next))
        {
            return context.Create(EntityType.Place, place.Start, end, place.Canonical, place.Detail);
        }

        return NaturalFeatures.Contains(next) ? context.Create(EntityType.Place, place.Start, end, context.Folded[place.Start..end]) : place;
    }

    private static readonly FrozenSet<string> AdministrativeWords = FrozenSet.Create(StringComparer.Ordinal,
        "市", "州", "省", "县", "国", "共和国", "联邦", "王国", "联盟共和国", "民主共和国", "人民共和国", "合众国", "特区", "特别行政区", "自治区");

    private static readonly FrozenSet<string> NaturalFeatures = FrozenSet.Create(StringComparer.Ordinal,
        "湖", "河", "江", "山", "岛", "半岛", "群岛", "海峡", "湾", "高原", "盆地", "平原", "沙漠");

    /// <summary>True for a pair of short names followed by a relation word in one word (中美关系, 中日友好).</summary>
    public static bool IsRelation(ReadOnlySpan<char> word)
    {
        var length = RelationPrefixLength(word);
        return length > 0 && PlaceAbbreviations.Expand(word[..length]) is not null;
    }

    private static int RelationPrefixLength(ReadOnlySpan<char> word)
    {
        for (var length = 2; length <= 3 && length < word.Length; length++)
        {
            if (PlaceAbbreviations.RelationWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word[length..]))
            {
                return length;
            }
        }

        return 0;
    }

    /// <summary>华 for China after a verb of travel or stance (访华, 来华, 驻华, 对华).</summary>
    private Candidate? ChinaShortName(EntityContext context, int index)
    {
        var token = context.Tokens[index];
        if (token.Length != 2 || context.Folded[token.End - 1] != '华' || !"访来在驻离抵旅对援侵赴返".Contains(context.Folded[token.Start]))
        {
            return null;
        }

        var level = gazetteer.TryGet("中国", out var china) ? china.Level.ToString().ToLowerInvariant() : null;
        return new Candidate(context.Create(EntityType.Place, token.End - 1, token.End, "中国", level), Priority.Place);
    }

    /// <summary>A run of short names is a pair of places when the segmenter calls it a place or a relation word follows (中美关系).</summary>
    private static bool IsAbbreviationPair(EntityContext context, int index)
    {
        var token = context.Tokens[index];
        if (token.Pos is "ns" or "j")
        {
            return true;
        }

        if (index + 1 >= context.Tokens.Count)
        {
            return false;
        }

        var next = context.Tokens[index + 1];
        return PlaceAbbreviations.RelationWords.Contains(context.FoldedWord(next));
    }

    /// <summary>
    /// jieba tags many everyday words as places (城市, 高原, 海洋, 爱国); outside the gazetteer a word
    /// counts only when it ends in a geographic or administrative word and does not start with a
    /// generic modifier (长江 and 天安门广场 yes; 大山 and 山区 no).
    /// </summary>
    private static bool LooksLikePlaceName(string word)
    {
        if (GenericStarts.Contains(word[0]) && word.Length <= 3)
        {
            return false;
        }

        foreach (var suffix in PlaceSuffixes)
        {
            if (word.Length > suffix.Length && word.EndsWith(suffix, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private const string GenericStarts = "大小高古新老上下东南西北中内外前后两各本全这那山海城乡国爱美";

    private static readonly string[] PlaceSuffixes =
    [
        "省", "市", "县", "区", "州", "镇", "乡", "村", "屯", "旗", "盟", "江", "河", "湖", "海", "洋", "山", "岛", "峡", "湾", "港", "洲", "岭", "峰", "谷", "原", "漠", "滩", "坝", "湖",
        "路", "街", "大街", "大道", "广场", "机场", "车站", "码头", "公园", "大桥", "寺", "宫", "门", "陵", "城", "堡", "斯坦", "尼亚", "利亚", "兰", "亚",
    ];

    /// <summary>Gazetteer names inside an accepted entity (浙江 in 浙江省委, 上海 in 《关于全面推进上海城市数字化转型的意见》).</summary>
    public IEnumerable<Entity> FindInside(EntityContext context, Entity container)
    {
        var i = container.Start;
        while (i < container.End)
        {
            if (Longest(context, i, container.End, aligned: false) is { } match && !(match.Start == container.Start && match.End == container.End))
            {
                yield return match;
                i = match.End;
            }
            else
            {
                i++;
            }
        }
    }

    private Entity? Longest(EntityContext context, int start, int limit, bool aligned)
    {
        var folded = context.Folded;
        for (var length = Math.Min(gazetteer.MaxNameLength, limit - start); length >= 2; length--)
        {
            var end = start + length;
            if (aligned && !EndsAcceptably(context, end))
            {
                continue;
            }

            if (!gazetteer.TryGet(folded.AsSpan(start, length), out var place))
            {
                continue;
            }

            // 广东省长马兴瑞: the 省 belongs to the title 省长 when the shorter name is a place too.
            if (length > 2 && end < folded.Length && TitleAfterSuffix.Contains(folded[end]) && "省市县区州".Contains(folded[end - 1])
                && gazetteer.TryGet(folded.AsSpan(start, length - 1), out var shorter))
            {
                end--;
                place = shorter;
            }

            return context.Create(EntityType.Place, start, end, place.Canonical, place.Level.ToString().ToLowerInvariant());
        }

        return null;
    }

    /// <summary>A name ends where a word ends, or inside a word the segmenter itself calls a place (广东省 in 广东省长).</summary>
    private static bool EndsAcceptably(EntityContext context, int end)
    {
        if (context.IsWordEnd(end))
        {
            return true;
        }

        for (var i = end - 1; i >= 0 && i >= end - 8; i--)
        {
            var index = context.TokenStartingAt(i);
            if (index >= 0)
            {
                return context.Tokens[index].Pos == "ns";
            }
        }

        return false;
    }
}
