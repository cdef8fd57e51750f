using System.Text;
using Ingest.Pipeline.Tagging.Themes;
using Ingest.Pipeline.Text;

namespace Ingest.Pipeline.Tests.Tagging;

public sealed class ThemeTaggerTests
{
    private static Taxonomy Parse(string json) => Taxonomy.Parse(Encoding.UTF8.GetBytes(json), "test");

    private static readonly Taxonomy Small = Parse("""
        { "themes": [
          { "id": "gov", "labels": { "zh-Hant": "政", "zh-Hans": "政", "en": "Gov" }, "keywords": { "数字政府": 3, "政务": 1 } },
          { "id": "eco", "labels": { "zh-Hant": "經", "zh-Hans": "经", "en": "Eco" }, "keywords": { "政府": 2, "經濟": 2, "economy": 3 } }
        ] }
        """);

    [Fact]
    public void Score_LongestKeywordWins_AndItsTextIsNotCountedAgain()
    {
        var tagger = new ThemeTagger(Small);
        var scores = tagger.Score(ScriptFolder.Fold("建设数字政府"), threshold: 0, topK: 5);
        Assert.Equal(["gov"], scores.Select(s => s.Id));
    }

    [Fact]
    public void Score_TraditionalKeywordAndText_MatchAfterFolding()
    {
        var tagger = new ThemeTagger(Small);
        Assert.Equal(tagger.Score(ScriptFolder.Fold("經濟發展"), 0, 5), tagger.Score(ScriptFolder.Fold("经济发展"), 0, 5));
        Assert.Single(tagger.Score(ScriptFolder.Fold("經濟發展"), 0, 5));
    }

    [Fact]
    public void Score_LatinKeyword_MatchesWholeWordsOnly()
    {
        var tagger = new ThemeTagger(Small);
        Assert.Empty(tagger.Score(ScriptFolder.Fold("The Economyst reports"), 0, 5));
        Assert.Single(tagger.Score(ScriptFolder.Fold("The Economy grows"), 0, 5));
    }

    [Fact]
    public void Score_ThresholdAndTopK_LimitTheResult()
    {
        var tagger = new ThemeTagger(Small);
        // 数字政府 twice (weight 6) and 经济 twice (weight 4) in a short text: 0.86 and 0.74.
        var text = ScriptFolder.Fold("数字政府与经济。数字政府与经济。");
        Assert.Equal(2, tagger.Score(text, 0, 5).Count);
        Assert.Equal(["gov"], tagger.Score(text, 0, 1).Select(s => s.Id));
        Assert.Equal(["gov"], tagger.Score(text, 0.8, 5).Select(s => s.Id));
        Assert.Empty(tagger.Score(text, 0.9, 5));
    }

    [Fact]
    public void Score_DenserText_ScoresHigher()
    {
        var tagger = new ThemeTagger(Small);
        var sparse = tagger.Score(ScriptFolder.Fold("数字政府" + new string('的', 2000)), 0, 1).Single().Score;
        var dense = tagger.Score(ScriptFolder.Fold("数字政府" + new string('的', 200)), 0, 1).Single().Score;
        Assert.True(dense > sparse, $"{dense} <= {sparse}");
        Assert.InRange(dense, 0, 1);
    }

    [Fact]
    public void Score_EmptyText_IsEmpty() => Assert.Empty(new ThemeTagger(Small).Score(string.Empty, 0, 3));
}
