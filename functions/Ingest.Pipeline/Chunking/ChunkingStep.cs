using Ingest.Pipeline.Normalization;
using Microsoft.Extensions.Options;

namespace Ingest.Pipeline.Chunking;

/// <summary>
/// The chunking stage: sections, then paragraphs, then sentences, packed into passages within the
/// size budget with a sentence of overlap. A passage never spans two sections and never cuts a
/// sentence unless the sentence alone is over budget (then it is cut at clause punctuation first).
/// Passages cover every character of the body and point into the normalized text by offsets.
/// Deterministic: the same document and options always give the same chunks and ids, so
/// re-ingesting a document replaces its chunks.
/// </summary>
public sealed class ChunkingStep(IOptions<ChunkingOptions> options)
{
    /// <summary>Bumped whenever a change here changes the chunks produced for the same document.</summary>
    public const int Version = 2;

    public IReadOnlyList<Chunk> Chunk(NormalizedDocument document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        var settings = options.Value;
        var text = document.Text;
        var sizer = new ChunkSizer(text, settings.MaxChars, settings.MaxTokens, TokenizerCache.Get(settings.Tokenizer));
        var garbled = document.Quality.MojibakeSpans;
        var chunks = new List<Chunk>();
        var sentences = new List<TextSpan>();
        var pieces = new List<Piece>();
        var paragraphs = document.Paragraphs.ToList();
        NormalizedBlock? previous = null;
        for (var p = 0; p < paragraphs.Count; p++)
        {
            var paragraph = paragraphs[p];
            // A run of adjacent paragraphs of one section is packed together; a heading (a new
            // section) or any other block in between closes the run, so chunks hold body text only.
            if (previous is not null && (paragraph.SectionIndex != previous.SectionIndex || paragraph.Start != previous.End + 1))
            {
                Emit(document, document.Sections[previous.SectionIndex], pieces, settings, sizer, chunks, cancellationToken);
                pieces.Clear();
            }

            cancellationToken.ThrowIfCancellationRequested();
            sentences.Clear();
            SentenceSplitter.Split(text, paragraph.Start, paragraph.End, sentences);
            GarbleGuard.Join(sentences, garbled);
            var next = p + 1 < paragraphs.Count ? paragraphs[p + 1] : null;
            var paragraphEnd = next is not null && next.SectionIndex == paragraph.SectionIndex && next.Start == paragraph.End + 1
                && LineWrap.RunsOn(text, paragraph.Start, paragraph.End, next.Start)
                    ? BreakKind.Word
                    : BreakKind.Paragraph;
            for (var i = 0; i < sentences.Count; i++)
            {
                var sentence = sentences[i];
                var kind = i == sentences.Count - 1 ? paragraphEnd : BreakKind.Sentence;
                ClauseSplitter.Split(sentence.Start, sentence.End, kind, sizer, pieces);
            }

            previous = paragraph;
        }

        if (previous is not null)
        {
            Emit(document, document.Sections[previous.SectionIndex], pieces, settings, sizer, chunks, cancellationToken);
        }

        return chunks;
    }

    private static void Emit(NormalizedDocument document, Section section, List<Piece> pieces, ChunkingOptions settings, ChunkSizer sizer,
        List<Chunk> chunks, CancellationToken cancellationToken)
    {
        if (pieces.Count == 0)
        {
            return;
        }

        foreach (var planned in SectionPlanner.Plan(pieces, settings, sizer, cancellationToken))
        {
            var start = pieces[planned.OverlapFrom].Start;
            var end = pieces[planned.To - 1].End;
            chunks.Add(new Chunk
            {
                DocumentId = document.DocumentId,
                Ordinal = chunks.Count,
                SectionPath = section.Path,
                Text = document.Text[start..end],
                Start = start,
                End = end,
                // The repeated text ends where the previous chunk ended, before any line feed that follows.
                OverlapLength = planned.From > planned.OverlapFrom ? pieces[planned.From - 1].End - start : 0,
                TokenCount = sizer.CountsTokens ? planned.Tokens : null,
            });
        }
    }
}
