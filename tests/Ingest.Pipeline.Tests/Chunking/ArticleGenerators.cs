using FsCheck;
using FsCheck.Fluent;
using Ingest.Pipeline.Chunking;

namespace Ingest.Pipeline.Tests.Chunking;

/// <summary>
/// FsCheck generators: Chinese, English and mixed sentences with every kind of sentence end the
/// chunker must recognise, articles made of them, and valid chunking options.
/// </summary>
public static class ArticleGenerators
{
    /// <summary>The smallest budget the options allow: sentences shorter than this never need cutting.</summary>
    public const int SmallestBudget = 50;

    private const string Han = "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处理府研數據與國際經濟發展規劃轉型數字";

    private static readonly string[] Words =
    [
        "policy", "growth", "the", "data", "market", "digital", "province", "report", "said", "would", "rise", "of", "in", "and",
        "2.5", "percent", "3,000", "firms", "budget", "example.com", "officials", "energy", "plan", "workers", "reform",
    ];

    private static readonly string[] ChineseEnds = ["。", "！", "？", "；", "……", "。”", "！」", "？）", "⋯⋯"];
    private static readonly string[] LatinEnds = [".", "!", "?", ".\"", "?)", "..."];

    /// <summary>Articles whose sentences all fit the smallest budget, with valid options: the planner never needs to cut inside a sentence.</summary>
    public static Arbitrary<ChunkingCase> Cases() => Arb.From(
        from article in ArticleOf(Gen.Choose(1, 40), SmallestBudget - 1)
        from options in Options()
        select new ChunkingCase(article, options));

    /// <summary>Articles with sentences of any length, up to many times the budget.</summary>
    public static Gen<GeneratedArticle> LongSentenceArticles() =>
        ArticleOf(Gen.Frequency((4, Gen.Choose(1, 60)), (1, Gen.Choose(60, 900))), int.MaxValue);

    public static Gen<ChunkingOptions> Options() =>
        from maxChars in Gen.Frequency((3, Gen.Choose(SmallestBudget, 200)), (2, Gen.Choose(200, 700)))
        from sentences in Gen.Choose(0, 3)
        from overlap in Gen.Choose(sentences == 0 ? 0 : 1, maxChars / 2)
        from minChars in Gen.Choose(0, maxChars / 2)
        select new ChunkingOptions { MaxChars = maxChars, OverlapSentences = sentences, MaxOverlapChars = overlap, MinChars = minChars };

    private static Gen<GeneratedArticle> ArticleOf(Gen<int> sentenceLength, int longestSentence)
    {
        var sentence = Gen.Frequency((5, ChineseSentence(sentenceLength)), (3, LatinSentence(sentenceLength)), (1, MixedSentence(sentenceLength)))
            .Where(s => s.Length < longestSentence);
        var paragraph = from n in Gen.Choose(1, 6) from sentences in Gen.ListOf(sentence, n) select Join(sentences);
        var section = from n in Gen.Choose(0, 5) from paragraphs in Gen.ListOf(paragraph, n) select (IReadOnlyList<IReadOnlyList<string>>)paragraphs.ToList();
        return from n in Gen.Choose(1, 4)
               from sections in Gen.ListOf(section, n).Where(s => s.Any(x => x.Count > 0))
               select new GeneratedArticle(sections.ToList());
    }

    /// <summary>Latin sentences carry the space that separates them from the next sentence of the paragraph.</summary>
    private static IReadOnlyList<string> Join(IList<string> sentences) =>
        sentences.Select((s, i) => i < sentences.Count - 1 && s[^1] is '.' or '!' or '?' or '"' or ')' ? s + " " : s).ToList();

    private static Gen<string> ChineseSentence(Gen<int> length) =>
        from n in length
        from chars in Gen.ArrayOf(Gen.Frequency((12, Gen.Elements(Han.ToCharArray())), (1, Gen.Elements('，', '、', '：', '《', '》', '“', '”'))), n)
        from end in Gen.Elements(ChineseEnds)
        select Han[n % Han.Length] + new string(chars) + end;

    private static Gen<string> LatinSentence(Gen<int> length) =>
        from n in length
        from words in Gen.ArrayOf(Gen.Elements(Words), Math.Max(1, n / 8))
        from end in Gen.Elements(LatinEnds)
        select "The " + string.Join(" ", words) + end;

    private static Gen<string> MixedSentence(Gen<int> length) =>
        from n in length
        from chars in Gen.ArrayOf(Gen.Elements(Han.ToCharArray()), Math.Max(1, n - 8))
        from word in Gen.Elements(Words)
        select $"{Han[n % Han.Length]}{new string(chars)} {word} 的{Han[n * 7 % Han.Length]}。";
}
