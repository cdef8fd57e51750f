namespace Ingest.Pipeline.Chunking;

/// <summary>
/// The budget arithmetic over the pieces of one section: the size of any run of pieces in O(1),
/// and the overlap that a chunk starting at a piece takes.
/// </summary>
internal sealed class PieceBudget
{
    private readonly ChunkingOptions _options;
    private readonly int? _maxTokens;
    private readonly long[] _tokens;
    private readonly int[] _paragraphEnds;

    public PieceBudget(IReadOnlyList<Piece> pieces, ChunkingOptions options, ChunkSizer sizer)
    {
        Pieces = pieces;
        _options = options;
        _maxTokens = sizer.MaxTokens;
        _tokens = new long[pieces.Count + 1];
        _paragraphEnds = new int[pieces.Count + 1];
        for (var i = 0; i < pieces.Count; i++)
        {
            _tokens[i + 1] = _tokens[i] + pieces[i].Tokens;
            _paragraphEnds[i + 1] = _paragraphEnds[i] + (pieces[i].Break == BreakKind.Paragraph ? 1 : 0);
        }
    }

    public IReadOnlyList<Piece> Pieces { get; }

    public int MinChars => _options.MinChars;

    /// <summary>Characters of the chunk made of pieces [from, to), line feeds between paragraphs included.</summary>
    public int Chars(int from, int to) => Pieces[to - 1].End - Pieces[from].Start;

    /// <summary>
    /// Tokens of pieces [from, to): the pieces' own counts plus one per line feed between
    /// paragraphs. An estimate, usually exact or a little high; the planner checks the chosen chunks.
    /// </summary>
    public long EstimatedTokens(int from, int to) => _tokens[to] - _tokens[from] + (_paragraphEnds[to - 1] - _paragraphEnds[from]);

    public bool Fits(int from, int to) =>
        Chars(from, to) <= _options.MaxChars && (_maxTokens is not { } max || EstimatedTokens(from, to) <= max);

    /// <summary>
    /// First piece of the overlap of a chunk whose new text starts at piece <paramref name="start"/>:
    /// up to <see cref="ChunkingOptions.OverlapSentences"/> pieces before it, as many as fit in
    /// <see cref="ChunkingOptions.MaxOverlapChars"/>; <paramref name="start"/> itself for none.
    /// </summary>
    public int OverlapFrom(int start)
    {
        var from = start;
        for (var j = start - 1; j >= 0 && start - j <= _options.OverlapSentences; j--)
        {
            if (Pieces[start - 1].End - Pieces[j].Start > _options.MaxOverlapChars)
            {
                break;
            }

            from = j;
        }

        return from;
    }

    /// <summary>
    /// How far the chunk falls short of the budget, squared, on a scale of 0 to <paramref name="weight"/>:
    /// the planner's preference for chunks of even, full size.
    /// </summary>
    public long Unevenness(int from, int to, long weight)
    {
        long fill = Chars(from, to) * 1000L / _options.MaxChars;
        if (_maxTokens is { } max)
        {
            fill = Math.Max(fill, EstimatedTokens(from, to) * 1000L / max);
        }

        var slack = 1000 - Math.Min(fill, 1000);
        return weight * slack * slack / 1_000_000;
    }
}
