using Ingest.Pipeline.Documents;
using Ingest.Pipeline.Extraction;
using Ingest.Pipeline.Tests.Support;

namespace Ingest.Pipeline.Tests.Extraction;

public sealed class PdfExtractorTests
{
    [Fact]
    public void Extract_LatinLinesBrokenByLayout_JoinsThemAndRemovesHyphenation()
    {
        var pdf = TestPdfs.Build(
        [
            ("Rural Care Networks Expand", 20),
            ("", 11),
            ("Village mutual-aid homes now serve more than twenty", 11),
            ("elderly residents each day, and the county pays a sub-", 11),
            ("sidy for every person served.", 11),
        ]);

        var extracted = Extract(pdf);

        Assert.Equal(TextBlockKind.Title, extracted.Blocks[0].Kind);
        Assert.Equal("Rural Care Networks Expand", extracted.Blocks[0].Text);
        Assert.Equal("Village mutual-aid homes now serve more than twenty elderly residents each day, and the county pays a subsidy for every person served.", extracted.Blocks[1].Text);
    }

    [Fact]
    public void Extract_SentenceRunningOverAPageBreak_IsOneParagraph()
    {
        var pdf = TestPdfs.Build(
            [("Budget Report", 20), ("", 11), ("The committee approved the plan after a long", 11), ("debate about funding and", 11)],
            [("staffing in the coming year.", 11), ("", 11), ("A second paragraph follows here.", 11)]);

        var extracted = Extract(pdf);

        Assert.Contains(extracted.Blocks, b => b.Text == "The committee approved the plan after a long debate about funding and staffing in the coming year.");
        Assert.Contains(extracted.Blocks, b => b.Text == "A second paragraph follows here." && b.Page == 2);
    }

    [Fact]
    public void Extract_LargerTypeBetweenParagraphs_IsAHeading()
    {
        var pdf = TestPdfs.Build(
        [
            ("Annual Review", 22), ("", 11),
            ("The first paragraph of the review says what happened.", 11), ("", 11),
            ("Funding", 15), ("", 11),
            ("The second paragraph is about money and how it was spent.", 11),
        ]);

        var extracted = Extract(pdf);

        Assert.Equal([TextBlockKind.Title, TextBlockKind.Paragraph, TextBlockKind.Heading, TextBlockKind.Paragraph], extracted.Blocks.Select(b => b.Kind));
        Assert.Equal("Funding", extracted.Blocks[2].Text);
    }

    [Fact]
    public void Extract_Metadata_ReadsTitleAuthorAndCreationDate()
    {
        var extracted = Extract(File.ReadAllBytes(Path.Combine(Samples.Folder, SampleGenerators.SampleArticles.PdfFile)));

        Assert.Equal(SampleGenerators.SampleArticles.Pdf.Title, extracted.Metadata.Title);
        Assert.Equal(SampleGenerators.SampleArticles.Pdf.Author, extracted.Metadata.Author);
        Assert.Equal(SampleGenerators.SampleArticles.Pdf.PublishedAt, extracted.Metadata.PublishedAt);
    }

    private static ExtractedDocument Extract(byte[] pdf) =>
        PipelineFactory.Extraction.Extract(new SourceDocument { Path = "test.pdf", Content = pdf }, TestContext.Current.CancellationToken);
}
