namespace Ingest.Pipeline.Chunking;

/// <summary>
/// Packs the pieces of one section into chunks. Rather than filling each chunk greedily (which
/// leaves a scrap at the end of a section and ignores paragraph ends), it chooses all the cuts of
/// the section at once by dynamic programming over the piece boundaries, at the least total cost:
/// <list type="number">
/// <item>no cut inside a sentence that fits the budget (such cuts cost the most);</item>
/// <item>then as few chunks as the budget allows;</item>
/// <item>then no chunk whose new text is shorter than <see cref="ChunkingOptions.MinChars"/>: a small
/// remainder joins the chunk before it when it fits, or the cut moves back to balance the two;</item>
/// <item>then cuts at paragraph ends rather than sentence ends, and chunks of even size.</item>
/// </list>
/// Costs are integers and ties go to the later cut, so the plan is the same on every machine.
/// </summary>
internal static class SectionPlanner
{
    private const long ChunkCost = 1000;
    private const long SmallCost = 1500;
    private const long EvenCost = 200;

    // A cut inside a sentence costs more than a small chunk, so that a sentence that fits is never
    // cut; such cuts exist only in sentences over budget (and in lines wrapped inside a sentence).
    private static long CutCost(BreakKind kind) => kind switch
    {
        BreakKind.Paragraph => 0,
        BreakKind.Sentence => 200,
        BreakKind.Clause => 3000,
        BreakKind.Word => 4000,
        _ => 5000,
    };

    public static List<PlannedChunk> Plan(IReadOnlyList<Piece> pieces, ChunkingOptions options, ChunkSizer sizer, CancellationToken cancellationToken)
    {
        var budget = new PieceBudget(pieces, options, sizer);
        var rejected = new HashSet<(int From, int To, int OverlapFrom)>();
        while (true)
        {
            var (plan, chosenOverlap) = Solve(budget, rejected, cancellationToken);
            if (!sizer.CountsTokens)
            {
                return plan;
            }

            // Token counts of adjacent pieces do not quite add up (the tokenizer can merge across
            // a boundary), so the plan was made on estimates: count each chunk exactly, and plan
            // again without any chunk that turned out over budget. A lone piece always fits.
            var fits = true;
            for (var i = 0; i < plan.Count; i++)
            {
                var chunk = plan[i];
                var tokens = sizer.Tokens(pieces[chunk.OverlapFrom].Start, pieces[chunk.To - 1].End);
                plan[i] = chunk with { Tokens = tokens };
                if (tokens > sizer.MaxTokens)
                {
                    rejected.Add((chunk.From, chunk.To, chosenOverlap[chunk.From]));
                    fits = false;
                }
            }

            if (fits)
            {
                return plan;
            }
        }
    }

    /// <summary>The cheapest plan, and for each start piece the overlap its chunk was planned with.</summary>
    private static (List<PlannedChunk> Plan, int[] Overlap) Solve(PieceBudget budget, HashSet<(int, int, int)> rejected, CancellationToken cancellationToken)
    {
        var pieces = budget.Pieces;
        var n = pieces.Count;
        var cost = new long[n + 1];
        var next = new int[n + 1];
        var overlap = new int[n + 1];
        for (var s = n - 1; s >= 0; s--)
        {
            if ((s & 0xFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            // The overlap goes only where the first new piece fits beside it.
            var overlapFrom = budget.OverlapFrom(s);
            if (!budget.Fits(overlapFrom, s + 1))
            {
                overlapFrom = s;
            }

            var best = long.MaxValue;
            for (var e = s + 1; e <= n; e++)
            {
                var from = overlapFrom;
                if (!budget.Fits(from, e))
                {
                    break;
                }

                if (rejected.Count > 0 && rejected.Contains((s, e, from)))
                {
                    if (e != s + 1 || from == s)
                    {
                        continue;
                    }

                    from = s;
                }

                var total = ChunkCost + cost[e] + budget.Unevenness(from, e, EvenCost);
                if (e < n)
                {
                    total += CutCost(pieces[e - 1].Break);
                }

                var alone = s == 0 && e == n;
                if (!alone && pieces[e - 1].End - pieces[s].Start < budget.MinChars)
                {
                    total += SmallCost;
                }

                if (total <= best)
                {
                    best = total;
                    next[s] = e;
                    overlap[s] = from;
                }
            }

            cost[s] = best;
        }

        var plan = new List<PlannedChunk>();
        for (var s = 0; s < n; s = next[s])
        {
            // The overlap repeats the end of the previous chunk and reaches no further back.
            var from = plan.Count == 0 ? overlap[s] : Math.Max(overlap[s], plan[^1].OverlapFrom);
            plan.Add(new PlannedChunk(from, s, next[s], 0));
        }

        return (plan, overlap);
    }
}
