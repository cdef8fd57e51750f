using Ingest.Pipeline.Normalization;
using Microsoft.Extensions.Options;

namespace Ingest.Pipeline.Chunking;

/// <summary>
/// The chunking stage: sections, then paragraphs, then sentences, packed into passages within the
/// size budget. A passage never spans two sections and never cuts a sentence unless the sentence
/// alone is over budget (then it is cut at clause punctuation first). Deterministic.
/// </summary>
public sealed class ChunkingStep(IOptions<ChunkingOptions> options)
{
    /// <summary>Bumped whenever a change here changes the chunks produced for the same document.</summary>
    public const int Version = 1;

    public IReadOnlyList<Chunk> Chunk(NormalizedDocument document, CancellationToken cancellationToken = default)
    {
        var settings = options.Value;
        var chunks = new List<Chunk>();
        foreach (var section in document.Paragraphs.GroupBy(b => b.SectionIndex))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var pieces = new List<TextSpan>();
            foreach (var paragraph in section)
            {
                foreach (var sentence in SentenceSplitter.Split(document.Text, paragraph.Start, paragraph.End))
                {
                    pieces.AddRange(SentenceSplitter.SplitLong(document.Text, sentence, settings.MaxChars));
                }
            }

            Pack(document, document.Sections[section.Key], pieces, settings, chunks);
        }

        return chunks;
    }

    private static void Pack(NormalizedDocument document, Section section, List<TextSpan> pieces, ChunkingOptions settings, List<Chunk> chunks)
    {
        var first = 0;
        var overlapStart = -1; // index of the first piece repeated from the previous chunk
        while (first < pieces.Count)
        {
            var start = overlapStart >= 0 ? overlapStart : first;
            var last = first;
            while (last + 1 < pieces.Count && pieces[last + 1].End - pieces[start].Start <= settings.MaxChars)
            {
                last++;
            }

            // A short remainder joins this chunk rather than standing alone, when it fits.
            var remainder = pieces.Count - 1 - last;
            if (remainder > 0 && pieces[^1].End - pieces[last + 1].Start < settings.MinChars && pieces[^1].End - pieces[start].Start <= settings.MaxChars)
            {
                last = pieces.Count - 1;
            }

            var span = new TextSpan(pieces[start].Start, pieces[last].End);
            chunks.Add(new Chunk
            {
                DocumentId = document.DocumentId,
                Ordinal = chunks.Count,
                SectionPath = section.Path,
                Text = document.Text[span.Start..span.End],
                Start = span.Start,
                End = span.End,
                OverlapLength = overlapStart >= 0 ? pieces[first].Start - pieces[overlapStart].Start : 0,
            });

            first = last + 1;
            overlapStart = OverlapFrom(pieces, first, settings);
        }
    }

    /// <summary>Index of the first of the trailing sentences to repeat at the start of the next chunk, or -1.</summary>
    private static int OverlapFrom(List<TextSpan> pieces, int next, ChunkingOptions settings)
    {
        if (settings.OverlapSentences == 0 || next >= pieces.Count)
        {
            return -1;
        }

        var from = next;
        for (var k = 0; k < settings.OverlapSentences && from > 0; k++)
        {
            var candidate = from - 1;
            if (pieces[next - 1].End - pieces[candidate].Start > settings.MaxOverlapChars
                || pieces[next].End - pieces[candidate].Start > settings.MaxChars)
            {
                break;
            }

            from = candidate;
        }

        return from == next ? -1 : from;
    }
}
