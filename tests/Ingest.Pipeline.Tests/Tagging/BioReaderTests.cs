using Ingest.Pipeline.Tagging.Entities;
using Ingest.Pipeline.Tagging.Evaluation;

namespace Ingest.Pipeline.Tests.Tagging;

public sealed class BioReaderTests
{
    private static List<GoldSentence> Read(string text) => BioReader.Read(new StringReader(text)).ToList();

    [Fact]
    public void Read_BioSentences_GivesTextAndSpans()
    {
        var sentences = Read("李\tB-PER\n强\tI-PER\n在\tO\n上\tB-LOC\n海\tI-LOC\n\n新\tB-ORG\n华\tI-ORG\n社\tI-ORG\n");
        Assert.Equal(2, sentences.Count);
        Assert.Equal("李强在上海", sentences[0].Text);
        Assert.Equal([new GoldSpan(EntityType.Person, 0, 2), new GoldSpan(EntityType.Place, 3, 5)], sentences[0].Entities);
        Assert.Equal([new GoldSpan(EntityType.Organization, 0, 3)], sentences[1].Entities);
    }

    [Fact]
    public void Read_BmesTags_GivesTheSameSpans()
    {
        var sentences = Read("李 B-PER\n强 E-PER\n在 O\n京 S-LOC\n");
        Assert.Equal([new GoldSpan(EntityType.Person, 0, 2), new GoldSpan(EntityType.Place, 3, 4)], sentences[0].Entities);
    }

    [Fact]
    public void Read_AdjacentEntitiesOfOneType_AreSeparateSpans()
    {
        var sentences = Read("中\tB-LOC\n美\tB-LOC\n");
        Assert.Equal([new GoldSpan(EntityType.Place, 0, 1), new GoldSpan(EntityType.Place, 1, 2)], sentences[0].Entities);
    }

    [Fact]
    public void Read_InsideTagWithoutBegin_OpensASpan()
    {
        var sentences = Read("在\tO\n北\tI-LOC\n京\tI-LOC\n");
        Assert.Equal([new GoldSpan(EntityType.Place, 1, 3)], sentences[0].Entities);
    }

    [Fact]
    public void Read_UnscoredType_IsIgnored()
    {
        var sentences = Read("今\tB-TIME\n天\tI-TIME\n");
        Assert.Empty(sentences[0].Entities);
        Assert.Equal("今天", sentences[0].Text);
    }

    [Fact]
    public void Read_LineWithoutTag_ThrowsWithLineNumber()
    {
        var error = Assert.Throws<InvalidDataException>(() => Read("李\tB-PER\n强\n"));
        Assert.Contains("Line 2", error.Message, StringComparison.Ordinal);
    }
}
