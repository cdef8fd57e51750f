using Ingest.Pipeline.Tagging.Segmentation;
using Ingest.Pipeline.Text;

namespace Ingest.Pipeline.Tagging.Entities;

/// <summary>
/// Personal names from two sources: words the segmenter tags as names (jieba's dictionary and, for
/// names it has never seen, its HMM), kept only when they start with a family name or are
/// transliterated; and names right after an official title (市委书记李强, 广东省长马兴瑞), which
/// jieba alone mis-splits.
/// </summary>
internal static class PersonRecognizer
{
    public static IEnumerable<Candidate> Find(EntityContext context)
    {
        foreach (var candidate in FromTags(context)) yield return candidate;
        foreach (var candidate in AfterTitles(context)) yield return candidate;
        foreach (var candidate in SurnameBeforeTitle(context)) yield return candidate;
    }

    private static IEnumerable<Candidate> FromTags(EntityContext context)
    {
        var tokens = context.Tokens;
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (token.Pos is not ("nr" or "nrfg" or "nrt"))
            {
                continue;
            }

            // Transliterated names joined by a middle dot (乔治·沃克·布什) are one name.
            var end = i;
            while (end + 2 < tokens.Count && tokens[end + 1].Length == 1 && EntityRules.NameDots.Contains(context.Folded[tokens[end + 1].Start])
                   && tokens[end + 2].Pos is "nr" or "nrt" or "nrfg" or "ns" or "eng")
            {
                end += 2;
            }

            if (end > i)
            {
                yield return Person(context, token.Start, tokens[end].End, Priority.DictionaryPerson);
                i = end;
                continue;
            }

            var word = context.FoldedWord(token);

            // 邓小平理论, 毛泽东思想: the dictionary has the doctrine as one word; the name is the person.
            var nameLength = word.Length;
            foreach (var doctrine in Doctrines)
            {
                if (word.Length > doctrine.Length + 1 && word.EndsWith(doctrine, StringComparison.Ordinal)) nameLength = word.Length - doctrine.Length;
            }

            word = word[..nameLength];
            var plausible = IsPlausibleName(word, token.Pos);
            if (plausible && IsTransliterated(word))
            {
                // The HMM splits long foreign names (扎 琳娜, 瓦西里 斯): take adjacent single transliteration characters in.
                var (start, stop) = (i, i);
                while (start > 0 && IsTransliterationSyllable(context, tokens[start - 1])) start--;
                while (stop + 1 < tokens.Count && IsTransliterationSyllable(context, tokens[stop + 1])) stop++;
                yield return Person(context, tokens[start].Start, stop == i ? token.Start + nameLength : tokens[stop].End, Priority.DictionaryPerson);
                i = stop;
                continue;
            }

            if ((plausible && (!IsCommonWord(word, token.Pos) || HasTitleBeside(context, i)))
                || (word.Length == 2 && word.All(CjkChars.IsHan) && !EntityRules.NotPersons.Contains(word) && IsFollowedByAddress(context, i)))
            {
                yield return Person(context, token.Start, token.Start + nameLength, Priority.DictionaryPerson);
            }
        }
    }

    private static readonly string[] Doctrines = ["理论", "思想", "同志", "主义"];

    /// <summary>
    /// jieba's dictionary tags many everyday two-character words as names (阳光, 智慧, 令人); a
    /// frequent two-character word is only taken for a name beside a title (李鹏总理, 总理李鹏).
    /// </summary>
    private static bool IsCommonWord(string word, string pos)
    {
        if (word.Length == 3)
        {
            // 智能化, 牛鼻子: an abstract-noun ending or an everyday word after the "family name".
            return word[2] is '化' or '性' || ChineseSegmenter.Shared.Frequency(word[1..]) > 1500;
        }

        if (word.Length != 2)
        {
            return false;
        }

        // The commonest family names make a frequent word more likely a name (李鹏); transliterations
        // of two characters are rare (科普, 令人 are tagged nrt).
        var limit = pos == "nrt" ? 100 : CommonSurnames.Contains(word[0]) ? 2000 : 400;
        return ChineseSegmenter.Shared.Frequency(word) > limit;
    }

    private const string CommonSurnames = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何罗郑梁谢宋唐许韩冯邓曹彭曾萧田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金廖贾夏韦傅邹孟熊秦邱江尹薛侯龙史陶黎贺顾毛郝龚邵钱";

    /// <summary>True for a character transliterated foreign names are written with.</summary>
    internal static bool IsTransliterationChar(char c) => Transliteration.Contains(c);

    private static bool IsTransliterated(string word) => Surnames.Match(word) == 0 && word.All(Transliteration.Contains);

    private static bool IsTransliterationSyllable(EntityContext context, WordToken token) =>
        token.Length == 1 && Transliteration.Contains(context.Folded[token.Start]) && context.Folded[token.Start] is not ('于' or '和' or '文' or '美' or '东' or '明') && token.Pos is not ("p" or "c" or "u" or "uj" or "ul");

    /// <summary>小平同志, 李鹏总理: a word right before a form of address is a name even without a known family name.</summary>
    private static bool IsFollowedByAddress(EntityContext context, int index) =>
        context.Tokens[index].Pos is "nr" or "nrfg" && index + 1 < context.Tokens.Count && context.FoldedWord(context.Tokens[index + 1]) is "同志" or "先生" or "女士";

    private static bool HasTitleBeside(EntityContext context, int index)
    {
        var tokens = context.Tokens;
        return (index > 0 && EntityRules.Titles.Contains(context.FoldedWord(tokens[index - 1])))
            || (index + 1 < tokens.Count && EntityRules.TrailingTitles.Contains(context.FoldedWord(tokens[index + 1])));
    }

    private static bool IsPlausibleName(string word, string pos)
    {
        if (word.Length < 2 || EntityRules.NotPersons.Contains(word) || !word.All(CjkChars.IsHan))
        {
            return false;
        }

        var surname = Surnames.Match(word);
        if (surname > 0 && word.Length - surname is >= 1 and <= 2)
        {
            return true;
        }

        // Transliterated foreign names (克林顿, 若斯潘): jieba tags some nrt, others nr.
        return word.Length is >= 2 and <= 8 && (pos == "nrt" || word.Length >= 3) && word.All(Transliteration.Contains);
    }

    /// <summary>Characters that transliterated foreign names are written with, from common usage.</summary>
    private const string Transliteration =
        "阿埃艾爱安奥澳巴拜班邦保鲍贝本比彼宾波伯博布查达戴丹德迪蒂丁东杜多厄恩尔法范菲费芬丰弗福夫盖甘冈戈格贡古哈海汉豪赫亨洪胡华霍基吉加嘉杰捷金卡凯坎康考柯科克肯孔库拉莱赖兰朗劳勒雷蕾里" +
        "利丽莉连林琳卢鲁伦罗洛马玛迈麦曼梅美蒙米敏明莫姆穆纳娜奈南内尼涅宁纽努诺欧帕潘佩彭皮普齐奇恰乔切钦琼丘萨塞赛桑瑟森沙莎尚舍施什史舒斯松苏索塔泰坦汤唐特提廷通图托瓦娃万威维韦温文沃乌伍" +
        "武西希锡谢辛休雅亚扬耶伊因英尤于约泽扎詹兹佐娅妮黛丝茨勃顿登曾克尔";

    /// <summary>A family name alone before a head-of-state title (江主席, 李总理), as news refers to leaders.</summary>
    private static IEnumerable<Candidate> SurnameBeforeTitle(EntityContext context)
    {
        var tokens = context.Tokens;
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            var token = tokens[i];
            if (token.Length == 1 && Surnames.IsSingle(context.Folded[token.Start]) && SurnameTitles.Contains(context.FoldedWord(tokens[i + 1])))
            {
                yield return Person(context, token.Start, token.End, Priority.DictionaryPerson);
            }
        }
    }

    private static readonly string[] SurnameTitles = ["主席", "总书记", "总理", "副总理", "委员长", "副主席", "总统", "首相"];

    private static readonly WordEndings TitleEndings = new(EntityRules.Titles);

    private static IEnumerable<Candidate> AfterTitles(EntityContext context)
    {
        // A name starts where a title ends; one pass over the text finds every title ending.
        var folded = context.Folded;
        for (var start = 2; start < folded.Length; start++)
        {
            if (!Surnames.IsSingle(folded[start]) && Surnames.Match(folded.AsSpan(start)) == 0)
            {
                continue;
            }

            if (TitleEndings.LongestEnding(folded.AsSpan(0, start)) is null)
            {
                continue;
            }

            var length = NameLength(context, start);
            if (length > 0 && !IsOtherWord(context, start, length))
            {
                yield return Person(context, start, start + length, Priority.TitledPerson);
            }
        }
    }

    /// <summary>
    /// Length of a Chinese name at <paramref name="start"/> right after a title: a family name and one
    /// or two given characters, ending where a word ends (jieba's segmentation) or before a word that
    /// typically follows a name (强调, 表示); 0 when there is no name.
    /// </summary>
    private static int NameLength(EntityContext context, int start)
    {
        var folded = context.Folded;
        var surname = Surnames.Match(folded.AsSpan(start));
        if (surname == 0)
        {
            return 0;
        }

        var run = 0;
        while (start + run < folded.Length && run < surname + 3 && CjkChars.IsHan(folded[start + run])) run++;
        if (run < surname + 1)
        {
            return 0;
        }

        // A further title right after the title means we stood on an office (主任委员), not a name.
        for (var length = 2; length <= 5 && start + length <= folded.Length; length++)
        {
            if (EntityRules.Titles.GetAlternateLookup<ReadOnlySpan<char>>().Contains(folded.AsSpan(start, length))) return 0;
        }

        var shortName = surname + 1;
        var longName = surname + 2;
        var followsShort = FollowedByNameEnd(folded, start + shortName);
        if (run == shortName || followsShort)
        {
            return context.IsWordEnd(start + shortName) || followsShort || run == shortName ? shortName : 0;
        }

        if (context.IsWordEnd(start + longName)) return longName;
        if (context.IsWordEnd(start + shortName)) return shortName;
        return 0;
    }

    private static bool FollowedByNameEnd(string folded, int offset)
    {
        foreach (var word in EntityRules.AfterName)
        {
            if (string.CompareOrdinal(folded, offset, word, 0, word.Length) == 0) return true;
        }

        return false;
    }

    /// <summary>A titled name must not be a dictionary word of another kind standing alone (关于, 和夫人 after 总统).</summary>
    private static bool IsOtherWord(EntityContext context, int start, int length)
    {
        if ("和向于及与对同".Contains(context.Folded[start]))
        {
            return true;
        }

        var index = context.TokenStartingAt(start);
        return index >= 0 && context.Tokens[index].Length == length && context.Tokens[index].Pos is not ("nr" or "nrfg" or "nrt" or "ns" or "x")
            && ChineseSegmenter.Shared.Frequency(context.FoldedWord(context.Tokens[index])) > 0;
    }

    private static Candidate Person(EntityContext context, int start, int end, int priority) =>
        new(context.Create(EntityType.Person, start, end, context.Folded[start..end]), priority);
}
