extern alias OpenXml;

using OpenXml::DocumentFormat.OpenXml.Packaging;
using OpenXml::DocumentFormat.OpenXml.Wordprocessing;

namespace Ingest.Pipeline.Extraction;

/// <summary>
/// Reads which paragraph styles of a Word document are titles and headings. Style ids are
/// localized by Word (a Chinese Word writes "1" or "标题1" for Heading 1), so the style's name and
/// its outline level are read from the styles part rather than trusting the id.
/// </summary>
internal sealed class DocxStyles
{
    private readonly Dictionary<string, (TextBlockKind Kind, int Level)> _byId = new(StringComparer.OrdinalIgnoreCase);

    public static DocxStyles Read(MainDocumentPart part)
    {
        var styles = new DocxStyles();
        var definitions = part.StyleDefinitionsPart?.Styles?.Elements<Style>() ?? [];
        var basedOn = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var style in definitions)
        {
            var id = style.StyleId?.Value;
            if (id is null) continue;
            var name = style.StyleName?.Val?.Value ?? id;
            var outline = style.StyleParagraphProperties?.OutlineLevel?.Val?.Value;
            if (Classify(name) is { } byName) styles._byId[id] = byName;
            else if (Classify(id) is { } byId) styles._byId[id] = byId;
            else if (outline is { } level and < 9) styles._byId[id] = (TextBlockKind.Heading, level + 1);
            if (style.BasedOn?.Val?.Value is { } parent) basedOn[id] = parent;
        }

        // A custom style based on a heading style is a heading of that level.
        foreach (var (id, parent) in basedOn)
        {
            if (!styles._byId.ContainsKey(id) && styles._byId.TryGetValue(parent, out var inherited)) styles._byId[id] = inherited;
        }

        return styles;
    }

    public (TextBlockKind Kind, int Level) Classify(Paragraph paragraph)
    {
        var properties = paragraph.ParagraphProperties;
        var styleId = properties?.ParagraphStyleId?.Val?.Value;
        if (styleId is not null)
        {
            if (_byId.TryGetValue(styleId, out var known)) return known;
            if (Classify(styleId) is { } byId) return byId;
        }

        if (properties?.OutlineLevel?.Val?.Value is { } outline and < 9)
        {
            return (TextBlockKind.Heading, outline + 1);
        }

        return (TextBlockKind.Paragraph, 0);
    }

    private static (TextBlockKind, int)? Classify(string name)
    {
        var compact = name.Replace(" ", string.Empty, StringComparison.Ordinal).ToLowerInvariant();
        if (compact is "title" or "标题" or "標題") return (TextBlockKind.Title, 1);
        foreach (var prefix in (string[])["heading", "标题", "標題"])
        {
            if (compact.StartsWith(prefix, StringComparison.Ordinal) && int.TryParse(compact.AsSpan(prefix.Length), out var level) && level is >= 1 and <= 9)
            {
                return (TextBlockKind.Heading, level);
            }
        }

        return null;
    }
}
