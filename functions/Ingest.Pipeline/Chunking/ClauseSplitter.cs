namespace Ingest.Pipeline.Chunking;

/// <summary>
/// Cuts a sentence that alone exceeds the budget into fragments that fit, trying the strongest
/// marks first: clause punctuation (，：； , : ;), then the enumeration comma (、), then spaces
/// between words, and only then a hard cut at the limit. Like a recursive character splitter, each
/// level splits at every mark it has and hands the fragments still over budget to the next level;
/// the planner then packs the fragments back together up to the budget.
/// </summary>
internal static class ClauseSplitter
{
    private const int Clauses = 0;
    private const int Enumerations = 1;
    private const int Words = 2;
    private const int Hard = 3;

    /// <summary>
    /// Appends fragments of [<paramref name="start"/>, <paramref name="end"/>) to <paramref name="pieces"/>;
    /// the last one ends with <paramref name="lastBreak"/> (the sentence's own end).
    /// </summary>
    public static void Split(int start, int end, BreakKind lastBreak, ChunkSizer sizer, List<Piece> pieces) =>
        SplitAt(Clauses, start, end, lastBreak, sizer, pieces);

    private static void SplitAt(int level, int start, int end, BreakKind lastBreak, ChunkSizer sizer, List<Piece> pieces)
    {
        var tokens = sizer.BudgetTokens(start, end);
        if (sizer.Fits(start, end, tokens))
        {
            pieces.Add(new Piece(start, end, lastBreak, tokens));
            return;
        }

        if (level == Hard)
        {
            CutHard(start, end, lastBreak, sizer, pieces);
            return;
        }

        var text = sizer.Text;
        var kind = level == Words ? BreakKind.Word : BreakKind.Clause;
        var from = start;
        for (var i = start; i < end; i++)
        {
            if (!IsCut(text, i, end, level))
            {
                continue;
            }

            var cut = SentenceSplitter.SkipSpaces(text, i + 1, end);
            if (cut >= end)
            {
                break;
            }

            SplitAt(level + 1, from, cut, kind, sizer, pieces);
            from = cut;
            i = cut - 1;
        }

        SplitAt(level + 1, from, end, lastBreak, sizer, pieces);
    }

    /// <summary>Whether a cut goes right after <paramref name="i"/> at this level.</summary>
    private static bool IsCut(string text, int i, int end, int level)
    {
        var c = text[i];
        return level switch
        {
            // 1,000 and 10:30 are numbers and https: starts an address, not clauses.
            Clauses => Punctuation.IsClauseMark(c)
                && !(c is ',' or ':' && i > 0 && i + 1 < end && char.IsAsciiDigit(text[i - 1]) && char.IsAsciiDigit(text[i + 1]))
                && !(c == ':' && i + 1 < end && text[i + 1] == '/'),
            Enumerations => Punctuation.IsEnumerationMark(c),
            _ => c == ' ',
        };
    }

    private static void CutHard(int start, int end, BreakKind lastBreak, ChunkSizer sizer, List<Piece> pieces)
    {
        var from = start;
        while (true)
        {
            var tokens = sizer.BudgetTokens(from, end);
            if (sizer.Fits(from, end, tokens))
            {
                pieces.Add(new Piece(from, end, lastBreak, tokens));
                return;
            }

            var cut = sizer.LongestFit(from, end);
            tokens = sizer.BudgetTokens(from, cut);

            // The tokenizer finds the cut within the longer text; alone, the prefix can tokenize
            // differently, so step back until it fits on its own.
            while (!sizer.Fits(from, cut, tokens) && cut - from > 1)
            {
                cut -= char.IsLowSurrogate(sizer.Text[cut - 1]) && cut - from > 2 ? 2 : 1;
                tokens = sizer.BudgetTokens(from, cut);
            }

            pieces.Add(new Piece(from, cut, BreakKind.Hard, tokens));
            from = cut;
        }
    }
}
