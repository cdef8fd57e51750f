using Ingest.Pipeline.Chunking;
using Ingest.Pipeline.Normalization;

namespace Ingest.Pipeline.Tests.Chunking;

/// <summary>The promises every chunking keeps, checked against a document and the options it was chunked with.</summary>
internal static class ChunkInvariants
{
    /// <summary>
    /// The body runs of a document: adjacent paragraphs of one section, with the section's path.
    /// Computed here from the blocks, independently of the chunker.
    /// </summary>
    public static List<(int Start, int End, IReadOnlyList<string> Path)> Runs(NormalizedDocument document)
    {
        var runs = new List<(int Start, int End, IReadOnlyList<string> Path)>();
        NormalizedBlock? previous = null;
        foreach (var block in document.Blocks.Where(b => b.Kind == BlockKind.Paragraph))
        {
            if (previous is not null && previous.SectionIndex == block.SectionIndex && previous.End + 1 == block.Start)
            {
                runs[^1] = (runs[^1].Start, block.End, runs[^1].Path);
            }
            else
            {
                runs.Add((block.Start, block.End, document.Sections[block.SectionIndex].Path));
            }

            previous = block;
        }

        return runs;
    }

    /// <summary>
    /// Ids and ordinals; each chunk's text is the slice at its offsets; no chunk is over budget;
    /// chunks stay inside one section's body and carry its path; in each run the first chunk
    /// starts at the run's start without overlap, each next chunk's new text starts exactly where
    /// the chunk before ended (so every body character is covered, in order, once as new text), its
    /// overlap lies inside the previous chunk and within MaxOverlapChars (a line feed between
    /// two paragraphs, not being body text, may fall between two chunks), and the last chunk ends at
    /// the run's end.
    /// </summary>
    public static void AssertHold(NormalizedDocument document, ChunkingOptions options, IReadOnlyList<Chunk> chunks)
    {
        var runs = Runs(document);
        var index = 0;
        foreach (var run in runs)
        {
            Assert.True(index < chunks.Count, $"No chunk covers the body run [{run.Start}, {run.End}).");
            Chunk? previous = null;
            while (index < chunks.Count && chunks[index].End <= run.End)
            {
                var chunk = chunks[index];
                Assert.Equal(index, chunk.Ordinal);
                Assert.Equal(document.DocumentId, chunk.DocumentId);
                Assert.Equal($"{document.DocumentId}_{index:D4}", chunk.Id);
                Assert.Equal(document.Text[chunk.Start..chunk.End], chunk.Text);
                Assert.Equal(chunk.End - chunk.Start, chunk.CharCount);
                Assert.True(chunk.CharCount <= options.MaxChars, $"Chunk {index} has {chunk.CharCount} characters, over the budget of {options.MaxChars}.");
                Assert.True(chunk.Start >= run.Start, $"Chunk {index} starts at {chunk.Start}, before its body run [{run.Start}, {run.End}).");
                Assert.Equal(run.Path, chunk.SectionPath);
                Assert.InRange(chunk.OverlapLength, 0, Math.Min(options.MaxOverlapChars, chunk.CharCount - 1));
                if (options.OverlapSentences == 0)
                {
                    Assert.Equal(0, chunk.OverlapLength);
                }

                if (previous is null)
                {
                    Assert.Equal(run.Start, chunk.Start);
                    Assert.Equal(0, chunk.OverlapLength);
                }
                else
                {
                    Assert.True(Continues(document.Text, previous, chunk), $"Chunk {index}'s new text starts at {chunk.ContentStart}, not where chunk {index - 1} ended ({previous.End}).");
                    Assert.True(chunk.Start >= previous.Start, $"The overlap of chunk {index} reaches before the previous chunk.");
                }

                previous = chunk;
                index++;
            }

            Assert.NotNull(previous);
            Assert.Equal(run.End, previous.End);
        }

        Assert.Equal(chunks.Count, index);
    }

    /// <summary>
    /// Whether <paramref name="next"/>'s new text starts where <paramref name="previous"/> ended,
    /// or just after the line feed between two paragraphs when the cut is at a paragraph end.
    /// </summary>
    public static bool Continues(string text, Chunk previous, Chunk next) =>
        next.ContentStart == previous.End || (next.ContentStart == previous.End + 1 && text[previous.End] == '\n');

    /// <summary>
    /// With every sentence within budget: chunks start and end only at sentence boundaries, and
    /// the overlap is exactly what the options say: the longest run of at most OverlapSentences
    /// last sentences of the previous chunk within MaxOverlapChars, or none where the next
    /// chunk's first sentence would not fit beside it.
    /// </summary>
    public static void AssertSentenceRules(string text, ChunkingOptions options, IReadOnlyList<Chunk> chunks, IReadOnlyList<(int Start, int End)> sentences)
    {
        var starts = sentences.Select(s => s.Start).ToHashSet();
        var ends = sentences.Select(s => s.End).ToHashSet();
        for (var i = 0; i < chunks.Count; i++)
        {
            var chunk = chunks[i];
            Assert.True(starts.Contains(chunk.Start), $"Chunk {i} starts at {chunk.Start}, inside a sentence.");
            Assert.True(ends.Contains(chunk.End), $"Chunk {i} ends at {chunk.End}, inside a sentence.");
            if (i == 0 || !Continues(text, chunks[i - 1], chunk))
            {
                continue;
            }

            var previous = chunks[i - 1];
            var inPrevious = sentences.Where(s => s.Start >= previous.Start && s.End <= previous.End).ToList();
            var overlapStart = previous.End;
            for (var k = 1; k <= Math.Min(options.OverlapSentences, inPrevious.Count); k++)
            {
                var candidate = inPrevious[^k].Start;
                if (previous.End - candidate > options.MaxOverlapChars)
                {
                    break;
                }

                overlapStart = candidate;
            }

            var firstNew = sentences.First(s => s.Start >= chunk.ContentStart);
            var expected = firstNew.End - overlapStart > options.MaxChars ? 0 : previous.End - overlapStart;
            Assert.True(expected == chunk.OverlapLength, $"Chunk {i} repeats {chunk.OverlapLength} characters; the options call for {expected}.");
        }
    }
}
