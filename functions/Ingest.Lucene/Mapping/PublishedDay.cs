namespace Ingest.Lucene.Mapping;

/// <summary>A date as the integer yyyymmdd, which orders like the date and fits a numeric range query.</summary>
internal static class PublishedDay
{
    public const string IsoFormat = "yyyy-MM-dd";

    public static int From(DateOnly date) => (date.Year * 10_000) + (date.Month * 100) + date.Day;
}
