using System.IO.Compression;
using System.Text;
using Ingest.Pipeline.Documents;
using Ingest.Pipeline.Extraction;
using Ingest.Pipeline.Failures;
using Ingest.Pipeline.Tests.Extraction.SampleGenerators;
using Ingest.Pipeline.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Ingest.Pipeline.Tests.Extraction;

/// <summary>
/// Bad input comes out of extraction as <see cref="DocumentRejectedException"/> with a reason code
/// and a message that tells a person what to do, never as another exception.
/// </summary>
public sealed class BrokenFileTests
{
    [Theory]
    [InlineData("empty.txt", FailureReason.Empty)]
    [InlineData("whitespace-only.txt", FailureReason.Empty)]
    [InlineData("invalid.json", FailureReason.InvalidJson)]
    [InlineData("array-of-articles.json", FailureReason.InvalidJson)]
    [InlineData("no-body.json", FailureReason.InvalidJson)]
    [InlineData("not-really.pdf", FailureReason.Corrupt)]
    [InlineData("not-really.docx", FailureReason.Corrupt)]
    [InlineData("encrypted.pdf", FailureReason.Encrypted)]
    public void Extract_CommittedBrokenFile_IsRejectedWithItsReason(string file, FailureReason reason) =>
        AssertRejected(file, BrokenFiles.Read(file), reason);

    [Fact]
    public void Extract_UnicodeWhitespaceOnly_IsEmpty() =>
        AssertRejected("blank.txt", Encoding.UTF8.GetBytes("\u3000\u3000\n\u00A0\u2003\n"), FailureReason.Empty);

    [Fact]
    public void Extract_RandomBinary_IsBinary()
    {
        var bytes = new byte[8192];
        new Random(42).NextBytes(bytes);
        bytes[100] = 0;

        AssertRejected("data.txt", bytes, FailureReason.Binary);
    }

    [Fact]
    public void Extract_LegacyWordFile_IsUnsupported() =>
        AssertRejected("old.doc", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, .. new byte[504]], FailureReason.UnsupportedFormat);

    [Fact]
    public void Extract_FileOverTheConfiguredLimit_IsTooLarge()
    {
        var extraction = Create(("Ingest:Extraction:MaxFileBytes", "1024"));
        var document = new SourceDocument { Path = "big.txt", Content = Encoding.UTF8.GetBytes(new string('字', 1000)) };

        var ex = Assert.Throws<DocumentRejectedException>(() => extraction.Extract(document, TestContext.Current.CancellationToken));

        Assert.Equal(FailureReason.TooLarge, ex.Reason);
        Assert.Contains("MaxFileBytes", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_TruncatedDocx_IsCorrupt()
    {
        var docx = DocxSampleWriter.Write(SampleArticles.Docx);

        AssertRejected("cut.docx", docx[..(docx.Length / 2)], FailureReason.Corrupt);
    }

    [Fact]
    public void Extract_ZipWithoutWordDocument_IsCorrupt()
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var writer = new StreamWriter(zip.CreateEntry("notes.txt").Open());
            writer.Write("not a Word document");
        }

        AssertRejected("notes.docx", stream.ToArray(), FailureReason.Corrupt);
    }

    [Fact]
    public void Extract_DocxZipBomb_IsStoppedAtTheExpansionCap()
    {
        // 20 MB of zeros compress to about 20 KB; the cap is lowered so the test stays fast.
        var extraction = Create(("Ingest:Extraction:MaxExpandedBytes", (4 * 1024 * 1024).ToString(System.Globalization.CultureInfo.InvariantCulture)));
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var entry = zip.CreateEntry("word/document.xml", CompressionLevel.SmallestSize).Open();
            var zeros = new byte[1024 * 1024];
            for (var i = 0; i < 20; i++) entry.Write(zeros);
        }

        var ex = Assert.Throws<DocumentRejectedException>(() => extraction.Extract(new SourceDocument { Path = "bomb.docx", Content = stream.ToArray() }, TestContext.Current.CancellationToken));

        Assert.Equal(FailureReason.ResourceLimit, ex.Reason);
        Assert.Contains("zip bomb", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_TruncatedPdf_IsCorrupt()
    {
        var pdf = File.ReadAllBytes(Path.Combine(Samples.Folder, SampleArticles.PdfFile));

        var ex = AssertRejected("cut.pdf", pdf[..(pdf.Length * 2 / 3)], FailureReason.Corrupt);

        Assert.Contains("truncated", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_PdfWithGarbageBody_IsCorrupt() =>
        AssertRejected("junk.pdf", Encoding.ASCII.GetBytes("%PDF-1.7\n" + new string('x', 2000) + "\n%%EOF\n"), FailureReason.Corrupt);

    [Fact]
    public void Extract_PdfWithoutTextLayer_SaysToRunOcr()
    {
        var ex = AssertRejected("scan.pdf", TestPdfs.WithoutText(), FailureReason.NoText);

        Assert.Contains("OCR", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_HtmlNestedAbsurdlyDeep_IsRejectedBeforeParsing()
    {
        var html = "<html><body>" + string.Concat(Enumerable.Repeat("<div>", 200_000)) + "深" + "</body></html>";

        AssertRejected("deep.html", Encoding.UTF8.GetBytes(html), FailureReason.ResourceLimit);
    }

    [Fact]
    public void Extract_HtmlOverTheConfiguredDepth_IsRejectedAfterParsing()
    {
        var extraction = Create(("Ingest:Extraction:MaxHtmlDepth", "64"));
        var html = "<html><body>" + string.Concat(Enumerable.Repeat("<section>", 100)) + "<p>深</p></body></html>";

        var ex = Assert.Throws<DocumentRejectedException>(() => extraction.Extract(new SourceDocument { Path = "deep.html", Content = Encoding.UTF8.GetBytes(html) }, TestContext.Current.CancellationToken));

        Assert.Equal(FailureReason.ResourceLimit, ex.Reason);
    }

    [Fact]
    public void Extract_JsonNestedAbsurdlyDeep_IsInvalidJson()
    {
        var json = "{\"title\":\"x\",\"body\":" + new string('[', 10_000) + new string(']', 10_000) + "}";

        AssertRejected("deep.json", Encoding.UTF8.GetBytes(json), FailureReason.InvalidJson);
    }

    private static DocumentRejectedException AssertRejected(string path, byte[] content, FailureReason reason)
    {
        var ex = Assert.Throws<DocumentRejectedException>(() => PipelineFactory.Extraction.Extract(new SourceDocument { Path = path, Content = content }, TestContext.Current.CancellationToken));
        Assert.Equal(reason, ex.Reason);
        Assert.False(string.IsNullOrWhiteSpace(ex.Message));
        return ex;
    }

    private static ExtractionStep Create(params (string Key, string Value)[] settings) =>
        PipelineFactory.Create(settings.ToDictionary(s => s.Key, s => (string?)s.Value)).GetRequiredService<ExtractionStep>();
}
