using Ingest.Pipeline.Documents;
using Ingest.Pipeline.Tests.Support;

namespace Ingest.Pipeline.Tests.Extraction.SampleGenerators;

/// <summary>
/// The committed .docx, .pdf and .json samples are what the generators produce. To regenerate them
/// after changing a generator or a text: <c>INGEST_WRITE_SAMPLES=1 dotnet test tests/Ingest.Pipeline.Tests
/// --filter "FullyQualifiedName~SampleFilesTests"</c> (the PDF needs the font package fonts-arphic-gbsn00lp).
/// </summary>
public sealed class SampleFilesTests
{
    private static bool WriteRequested => Environment.GetEnvironmentVariable("INGEST_WRITE_SAMPLES") == "1";

    [Fact]
    public void DocxGenerator_Output_MatchesCommittedSample() =>
        AssertSameContent(SampleArticles.DocxFile, DocxSampleWriter.Write(SampleArticles.Docx));

    [Fact]
    public void JsonGenerator_Output_MatchesCommittedSample() =>
        AssertSameContent(SampleArticles.JsonFile, JsonSampleWriter.Write(SampleArticles.Json));

    [Fact]
    public void PdfGenerator_Output_MatchesCommittedSample()
    {
        if (!File.Exists(PdfSampleWriter.DefaultFontPath))
        {
            Assert.Skip($"The font {PdfSampleWriter.DefaultFontPath} is not installed (apt-get install fonts-arphic-gbsn00lp).");
        }

        AssertSameContent(SampleArticles.PdfFile, PdfSampleWriter.Write(SampleArticles.Pdf));
    }

    /// <summary>Compares what the pipeline reads from the files: the bytes of zip and PDF files carry stamps that may differ by runtime.</summary>
    private static void AssertSameContent(string name, byte[] generated)
    {
        var path = Path.Combine(Samples.Folder, name);
        if (WriteRequested)
        {
            File.WriteAllBytes(path, generated);
        }

        var committed = PipelineFactory.Normalize(Samples.Load(name));
        var fresh = PipelineFactory.Normalize(new SourceDocument { Path = name, Content = generated });
        Assert.Equal(fresh.Text, committed.Text);
        Assert.Equal(fresh.Title, committed.Title);
    }
}
