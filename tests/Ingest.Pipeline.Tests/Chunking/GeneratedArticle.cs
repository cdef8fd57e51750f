using System.Text;
using Ingest.Pipeline.Normalization;

namespace Ingest.Pipeline.Tests.Chunking;

/// <summary>
/// A normalized article assembled from known sentences, so that tests know every sentence
/// boundary without asking the splitter under test. Sections hold paragraphs; paragraphs hold
/// sentences, each with the spaces that follow it inside the paragraph.
/// </summary>
public sealed class GeneratedArticle
{
    public GeneratedArticle(IReadOnlyList<IReadOnlyList<IReadOnlyList<string>>> sections)
    {
        Sections = sections;
        var text = new StringBuilder();
        var blocks = new List<NormalizedBlock>();
        var sectionList = new List<Section>();
        var sentences = new List<(int Start, int End)>();
        var runs = new List<(int Start, int End)>();
        AddBlock(text, blocks, BlockKind.Title, "生成的文章 A generated article", 0);
        for (var s = 0; s < sections.Count; s++)
        {
            sectionList.Add(new Section(s, s == 0 ? [] : [$"第{s}节 Section {s}"]));
            if (s > 0)
            {
                AddBlock(text, blocks, BlockKind.Heading, sectionList[s].Path[0], s);
            }

            var runStart = -1;
            foreach (var paragraph in sections[s])
            {
                var start = text.Length + 1;
                runStart = runStart < 0 ? start : runStart;
                AddBlock(text, blocks, BlockKind.Paragraph, string.Concat(paragraph), s);
                foreach (var sentence in paragraph)
                {
                    sentences.Add((start, start + sentence.Length));
                    start += sentence.Length;
                }
            }

            if (runStart >= 0)
            {
                runs.Add((runStart, text.Length));
            }
        }

        AddBlock(text, blocks, BlockKind.Trailer, "（责任编辑：测试）", sections.Count - 1);
        Sentences = sentences;
        Runs = runs;
        Document = new NormalizedDocument
        {
            DocumentId = "generated-txt",
            Path = "generated.txt",
            Format = Ingest.Pipeline.Extraction.DocumentFormat.PlainText,
            Text = text.ToString(),
            Blocks = blocks,
            Sections = sectionList,
            Title = "生成的文章 A generated article",
        };
    }

    public IReadOnlyList<IReadOnlyList<IReadOnlyList<string>>> Sections { get; }

    public NormalizedDocument Document { get; }

    /// <summary>Every sentence of the body, in order, as offsets into the document's text.</summary>
    public IReadOnlyList<(int Start, int End)> Sentences { get; }

    /// <summary>The body of each section that has one: its paragraphs with the line feeds between them.</summary>
    public IReadOnlyList<(int Start, int End)> Runs { get; }

    public override string ToString() =>
        string.Join("\n# ", Sections.Select(s => string.Join("\n", s.Select(p => string.Join("|", p)))));

    private static void AddBlock(StringBuilder text, List<NormalizedBlock> blocks, BlockKind kind, string content, int section)
    {
        if (text.Length > 0)
        {
            text.Append('\n');
        }

        blocks.Add(new NormalizedBlock(kind, text.Length, content.Length, section));
        text.Append(content);
    }
}
