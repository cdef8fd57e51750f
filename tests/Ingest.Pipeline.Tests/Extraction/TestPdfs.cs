using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace Ingest.Pipeline.Tests.Extraction;

/// <summary>Small PDFs made in the tests with PdfPig's builder and a standard Latin font.</summary>
internal static class TestPdfs
{
    /// <summary>One line of text per entry, each page a list of (text, size) from the top down.</summary>
    public static byte[] Build(params IReadOnlyList<(string Text, double Size)>[] pages)
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        foreach (var lines in pages)
        {
            var page = builder.AddPage(400, 600);
            var y = 560.0;
            foreach (var (text, size) in lines)
            {
                y -= size * 1.5;
                if (text.Length > 0) page.AddText(text, size, new PdfPoint(40, y), font);
            }
        }

        return builder.Build();
    }

    /// <summary>A PDF whose pages hold no text at all, as a scan without OCR has none.</summary>
    public static byte[] WithoutText()
    {
        var builder = new PdfDocumentBuilder();
        var page = builder.AddPage(400, 600);
        page.DrawRectangle(new PdfPoint(40, 40), 200, 100);
        return builder.Build();
    }
}
