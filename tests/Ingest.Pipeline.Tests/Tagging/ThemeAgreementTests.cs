using Ingest.Pipeline.Tagging.Evaluation;
using Ingest.Pipeline.Tagging.Themes;
using Ingest.Pipeline.Tests.Text;

namespace Ingest.Pipeline.Tests.Tagging;

/// <summary>Theme quality against the category labels of the corpus articles (shared/eval/themes).</summary>
public sealed class ThemeAgreementTests
{
    [Theory]
    [InlineData("zh-Hans_corpus_categories.tsv", 0.75, 0.90)]
    [InlineData("en_bbc_categories.tsv", 0.75, 0.90)]
    public void Evaluate_CorpusCategories_AgreeAtTheRecordedRate(string labels, double top1, double top3)
    {
        var shared = SharedFolder.Locate();
        var labelsPath = Path.Combine(shared, "eval", "themes", labels);
        var corpus = Path.Combine(shared, "corpus");
        if (!File.Exists(labelsPath) || !Directory.Exists(corpus))
        {
            Assert.Skip($"Theme labels or corpus not found under {shared}.");
        }

        var cases = ThemeAgreement.ReadCases(labelsPath, corpus);
        var report = new ThemeAgreement(Taxonomy.LoadDefault()).Evaluate(cases);
        var output = TestContext.Current.TestOutputHelper;
        output?.WriteLine($"{labels}: {report.Articles} articles, top-1 {report.Top1:P1}, top-3 {report.Top3:P1}");
        foreach (var category in report.Categories)
        {
            output?.WriteLine($"  {category.Category,-14} {category.Articles,4}  top-1 {category.Top1:P0}  top-3 {category.Top3:P0}  (most often {category.MostCommonTop1})");
        }

        Assert.True(report.Articles > 100, $"Only {report.Articles} labelled articles were found.");
        Assert.True(report.Top1 >= top1, $"Top-1 agreement {report.Top1:P1} fell below {top1:P0}.");
        Assert.True(report.Top3 >= top3, $"Top-3 agreement {report.Top3:P1} fell below {top3:P0}.");
    }
}
