namespace Ingest.Pipeline.Text;

/// <summary>
/// The two OpenCC-derived character tables, each loaded once on first use. Lazy keeps start-up
/// free of the cost for callers that never touch Chinese text, and its default mode makes the
/// load thread-safe.
/// </summary>
internal static class ScriptTables
{
    private static readonly Lazy<CharMap> TraditionalToSimplifiedMap = new(() => CharMap.Load("ts-chars.tsv"));
    private static readonly Lazy<CharMap> SimplifiedToTraditionalMap = new(() => CharMap.Load("st-chars.tsv"));

    /// <summary>Traditional, Taiwan/Hong Kong variant and compatibility ideographs to Simplified.</summary>
    public static CharMap TraditionalToSimplified => TraditionalToSimplifiedMap.Value;

    /// <summary>Simplified to the first (OpenCC standard) Traditional candidate.</summary>
    public static CharMap SimplifiedToTraditional => SimplifiedToTraditionalMap.Value;
}
