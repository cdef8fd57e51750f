namespace Ingest.Pipeline.Normalization;

/// <summary>
/// Lays the blocks out as one text joined by line feeds and records each block's offsets and
/// section. The text is built in one allocation of its exact length: for a file of tens of
/// megabytes a growing buffer would hold two or three copies at once.
/// </summary>
internal static class TextLayout
{
    public static (string Text, List<NormalizedBlock> Blocks, List<Section> Sections) Build(List<Line> lines)
    {
        var blocks = new List<NormalizedBlock>(lines.Count);
        var sections = new List<Section> { new(0, []) };
        var headingStack = new List<(int Level, string Text)>();
        var length = 0;
        foreach (var (kind, text, level) in lines)
        {
            if (kind == BlockKind.Heading)
            {
                headingStack.RemoveAll(h => h.Level >= level);
                headingStack.Add((level, text));
                sections.Add(new Section(sections.Count, headingStack.Select(h => h.Text).ToList()));
            }

            if (blocks.Count > 0) length++;
            blocks.Add(new NormalizedBlock(kind, length, text.Length, sections.Count - 1));
            length += text.Length;
        }

        var joined = string.Create(length, lines, static (span, state) =>
        {
            var position = 0;
            foreach (var line in state)
            {
                if (position > 0) span[position++] = '\n';
                line.Text.AsSpan().CopyTo(span[position..]);
                position += line.Text.Length;
            }
        });
        return (joined, blocks, sections);
    }
}
