using Ingest.Pipeline.Extraction;
using Ingest.Pipeline.Failures;

namespace Ingest.Pipeline.Tests.Extraction;

public sealed class FormatDetectorTests
{
    [Theory]
    [InlineData("report.txt", "%PDF-1.7\n", DocumentFormat.Pdf)]
    [InlineData("report.pdf", "junk before the header %PDF-1.4\n", DocumentFormat.Pdf)]
    [InlineData("page.txt", "<!DOCTYPE html><html><body>", DocumentFormat.Html)]
    [InlineData("notes.md", "# Title", DocumentFormat.Markdown)]
    [InlineData("article.json", "{\"title\": \"x\"}", DocumentFormat.Json)]
    [InlineData("article", "{\"title\": \"x\"}", DocumentFormat.Json)]
    [InlineData("article.txt", "{\"title\": \"x\"}", DocumentFormat.PlainText)]
    [InlineData("plain.txt", "數字化", DocumentFormat.PlainText)]
    public void Detect_BytesFirstExtensionSecond_ChoosesTheReader(string path, string head, DocumentFormat expected) =>
        Assert.Equal(expected, FormatDetector.Detect(path, System.Text.Encoding.UTF8.GetBytes(head)));

    [Fact]
    public void Detect_ZipNamedTxt_IsReadAsDocx() =>
        Assert.Equal(DocumentFormat.Docx, FormatDetector.Detect("a.txt", "PK\u0003\u0004....word/document.xml"u8));

    [Theory]
    [InlineData("a.docx", FailureReason.Encrypted)]
    [InlineData("a.doc", FailureReason.UnsupportedFormat)]
    public void Detect_OleContainer_IsEncryptedDocxOrLegacyWord(string path, FailureReason reason)
    {
        byte[] ole = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0];

        var ex = Assert.Throws<DocumentRejectedException>(() => FormatDetector.Detect(path, ole));

        Assert.Equal(reason, ex.Reason);
    }

    [Theory]
    [InlineData("scan.png", new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A })]
    [InlineData("sheet.xlsx", new byte[] { (byte)'P', (byte)'K', 3, 4, (byte)'x', (byte)'l', (byte)'/' })]
    public void Detect_KnownButUnsupportedFormat_IsRejectedWithItsName(string path, byte[] head)
    {
        var ex = Assert.Throws<DocumentRejectedException>(() => FormatDetector.Detect(path, head));

        Assert.Equal(FailureReason.UnsupportedFormat, ex.Reason);
        Assert.Contains("supported formats", ex.Message, StringComparison.Ordinal);
    }
}
