using Ingest.Pipeline.Tagging.Entities;
using Ingest.Pipeline.Tagging.Evaluation;
using Ingest.Pipeline.Tests.Text;

namespace Ingest.Pipeline.Tests.Tagging;

public sealed class NerEvaluatorTests
{
    private static readonly NerEvaluator Evaluator = new(new EntityTagger(Pipeline.Tagging.Gazetteer.Gazetteer.Default));

    [Fact]
    public void Evaluate_ExactSpans_CountsPrecisionRecallAndF1()
    {
        // The tagger finds 上海市委 (organization), 李强 (person) and the second 上海 (place); the gold
        // file marks 李强 and, wrongly for the tagger, the second 上海 as an organization.
        var gold = new GoldSentence("上海市委书记李强在上海调研。", [
            new GoldSpan(EntityType.Person, 6, 8),
            new GoldSpan(EntityType.Organization, 9, 11),
        ]);
        var report = Evaluator.Evaluate([gold], TestContext.Current.CancellationToken);
        var person = report.Types.Single(t => t.Type == "person");
        Assert.Equal((1, 1, 1), (person.Gold, person.Predicted, person.Correct));
        var organization = report.Types.Single(t => t.Type == "organization");
        Assert.Equal(1, organization.Gold);
        Assert.Equal(0, organization.Correct);
        Assert.Equal((2, 3, 1), (report.Overall.Gold, report.Overall.Predicted, report.Overall.Correct));
        Assert.Equal(2 * (1 / 3.0) * 0.5 / (1 / 3.0 + 0.5), report.Overall.F1, precision: 6);
    }

    [Fact]
    public void Flatten_PlaceInsideOrganization_KeepsTheOrganizationOnly()
    {
        var flat = NerEvaluator.Flatten([
            new Entity(EntityType.Organization, "浙江省委", 0, 4, "浙江省委"),
            new Entity(EntityType.Place, "浙江", 0, 2, "浙江"),
            new Entity(EntityType.Date, "今年", 5, 7, "2021"),
        ]);
        Assert.Equal([new GoldSpan(EntityType.Organization, 0, 4)], flat);
    }

    [Fact]
    public void TypeScore_NoPredictions_HasZeroPrecisionAndF1()
    {
        var score = new TypeScore("person", Gold: 3, Predicted: 0, Correct: 0);
        Assert.Equal(0, score.Precision);
        Assert.Equal(0, score.F1);
    }

    /// <summary>The development set: MSRA (SIGHAN 2006) news, Simplified. Logs the figures; fails if F1 falls below what was reached.</summary>
    [Fact]
    public void Evaluate_MsraDevelopmentSet_ReachesTheRecordedF1()
    {
        var path = Path.Combine(SharedFolder.Locate(), "eval", "ner", "msra_test_bio.txt");
        if (!File.Exists(path))
        {
            Assert.Skip($"MSRA gold file not found at {path}.");
        }

        using var reader = new StreamReader(path);
        var sentences = BioReader.Read(reader).ToList();
        var report = Evaluator.Evaluate(sentences, TestContext.Current.CancellationToken);
        var output = new StringWriter();
        NerReportWriter.Write(report, "msra_test_bio.txt", output);
        TestContext.Current.TestOutputHelper?.WriteLine(output.ToString());

        Assert.Equal(3442, report.Sentences);
        Assert.True(report.Overall.F1 >= 0.72, $"Overall F1 {report.Overall.F1:0.000} fell below 0.72.\n{output}");
        Assert.All(report.Types, t => Assert.True(t.F1 >= 0.58, $"{t.Type} F1 {t.F1:0.000} fell below 0.58."));
    }

    [Fact]
    public void Evaluate_InParallel_GivesTheSameCountsAsOneByOne()
    {
        var sentences = Enumerable.Range(0, 200).Select(i => new GoldSentence($"第{i}次：上海市委书记李强在北京会见了国务院总理。", [new GoldSpan(EntityType.Person, 8 + i.ToString().Length, 10 + i.ToString().Length)])).ToList();
        var together = Evaluator.Evaluate(sentences, TestContext.Current.CancellationToken);
        var oneByOne = sentences.Select(s => Evaluator.Evaluate([s], TestContext.Current.CancellationToken).Overall).ToList();
        Assert.Equal(oneByOne.Sum(s => s.Correct), together.Overall.Correct);
        Assert.Equal(oneByOne.Sum(s => s.Predicted), together.Overall.Predicted);
    }
}
