using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace Ingest.Pipeline.Tests.Extraction.SampleGenerators;

/// <summary>
/// Typesets an article as a PDF with PdfPig's builder and an embedded Chinese TrueType font: a
/// title in large type, a byline, headings in mid-size type, body paragraphs wrapped at the
/// margin with a two-character first-line indent, a running head and page numbers, on pages
/// small enough that paragraphs run across page breaks. PdfPig writes simple fonts of at most 255
/// characters, so the font is embedded several times and each character drawn with the copy that
/// holds it.
/// </summary>
internal sealed class PdfSampleWriter
{
    /// <summary>AR PL SungtiL GB (Debian package fonts-arphic-gbsn00lp): a plain TrueType file covering GB2312.</summary>
    public const string DefaultFontPath = "/usr/share/fonts/truetype/arphic-gbsn00lp/gbsn00lp.ttf";

    private const double PageWidth = 420, PageHeight = 595, Margin = 50;
    private const double TitleSize = 17, HeadingSize = 13, BodySize = 10.5;
    private const int CharactersPerFont = 240;

    private readonly PdfDocumentBuilder _builder = new();
    private readonly byte[] _fontBytes;
    private readonly List<(PdfDocumentBuilder.AddedFont Font, HashSet<char> Chars)> _fonts = [];
    private readonly PdfDocumentBuilder.AddedFont _latin;
    private PdfPageBuilder _page = null!;
    private int _pageNumber;
    private double _y;

    private PdfSampleWriter(byte[] fontBytes)
    {
        _fontBytes = fontBytes;
        _latin = _builder.AddStandard14Font(Standard14Font.Helvetica);
    }

    public static byte[] Write(SampleArticle article, string fontPath = DefaultFontPath)
    {
        var writer = new PdfSampleWriter(File.ReadAllBytes(fontPath));
        writer._builder.DocumentInformation.Title = article.Title;
        writer._builder.DocumentInformation.Author = article.Author;
        writer._builder.DocumentInformation.CreationDate = $"D:{article.PublishedAt:yyyyMMdd}080000Z";
        writer.NewPage(article.Source);
        writer.Block(article.Title, TitleSize, indent: false, spaceAfter: 10);
        writer.Block($"作者：{article.Author}", BodySize, indent: false, spaceAfter: 10);
        foreach (var (heading, paragraphs) in article.Sections)
        {
            if (heading is not null) writer.Block(heading, HeadingSize, indent: false, spaceAfter: 6, keepWithNext: true);
            foreach (var paragraph in paragraphs) writer.Block(paragraph, BodySize, indent: true, spaceAfter: 6);
        }

        return writer._builder.Build();
    }

    private void NewPage(string runningHead)
    {
        _page = _builder.AddPage(PageWidth, PageHeight);
        _pageNumber++;
        Draw(runningHead, 8, Margin, PageHeight - 30);
        Draw($"- {_pageNumber} -", 8, PageWidth / 2 - 10, 25);
        _y = PageHeight - Margin - 10;
        _runningHead = runningHead;
    }

    private string _runningHead = string.Empty;

    private void Block(string text, double size, bool indent, double spaceAfter, bool keepWithNext = false)
    {
        var leading = size * 1.6;
        if (keepWithNext && _y - leading * 3 < Margin) NewPage(_runningHead);
        var lines = Wrap(text, size, indent ? size * 2 : 0);
        for (var i = 0; i < lines.Count; i++)
        {
            if (_y - leading < Margin) NewPage(_runningHead);
            _y -= leading;
            Draw(lines[i], size, Margin + (i == 0 && indent ? size * 2 : 0), _y);
        }

        _y -= spaceAfter;
    }

    private List<string> Wrap(string text, double size, double firstIndent)
    {
        var lines = new List<string>();
        var width = PageWidth - 2 * Margin;
        var start = 0;
        var used = firstIndent;
        for (var i = 0; i < text.Length; i++)
        {
            var advance = Advance(text[i], size);
            if (used + advance > width)
            {
                lines.Add(text[start..i]);
                start = i;
                used = 0;
            }

            used += advance;
        }

        lines.Add(text[start..]);
        return lines;
    }

    private static double Advance(char c, double size) => c < 0x80 ? size * 0.6 : size;

    /// <summary>Draws a line run by run: ASCII in Helvetica, everything else in the copy of the Chinese font that holds the character.</summary>
    private void Draw(string text, double size, double x, double y)
    {
        var start = 0;
        while (start < text.Length)
        {
            var font = FontFor(text[start]);
            var end = start + 1;
            while (end < text.Length && ReferenceEquals(FontFor(text[end]), font)) end++;
            var letters = _page.AddText(text[start..end], size, new PdfPoint(x, y), font);
            x = letters.Count == 0 ? x : letters[^1].EndBaseLine.X;
            start = end;
        }
    }

    private PdfDocumentBuilder.AddedFont FontFor(char c)
    {
        if (c < 0x80) return _latin;
        foreach (var (font, chars) in _fonts)
        {
            if (chars.Contains(c)) return font;
        }

        var open = _fonts.FirstOrDefault(f => f.Chars.Count < CharactersPerFont);
        if (open.Chars is null)
        {
            open = (_builder.AddTrueTypeFont(_fontBytes), []);
            _fonts.Add(open);
        }

        open.Chars.Add(c);
        return open.Font;
    }
}
