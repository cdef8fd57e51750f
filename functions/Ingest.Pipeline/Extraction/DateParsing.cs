using System.Globalization;
using System.Text.RegularExpressions;

namespace Ingest.Pipeline.Extraction;

/// <summary>Reads publication dates as they appear in metadata and article text.</summary>
public static partial class DateParsing
{
    /// <summary>Reads a value that is meant to be a date (a metadata field, a dateline), or null.</summary>
    public static DateOnly? TryParseDate(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        value = value.Trim();
        if (value.Length <= 40 && DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var timestamp))
        {
            return DateOnly.FromDateTime(timestamp.Date);
        }

        return FindDate(value);
    }

    /// <summary>
    /// Finds the first date written out in <paramref name="text"/>: 2021年5月13日, 2021-05-13,
    /// 2021/5/13, November 7, 2023 or 7 November 2023. Used on datelines and trailer lines, not on
    /// body text, where a date is usually about something else than publication.
    /// </summary>
    public static DateOnly? FindDate(string text)
    {
        var match = ChineseDate().Match(text);
        if (match.Success && Make(match.Groups["y"].Value, match.Groups["m"].Value, match.Groups["d"].Value) is { } date)
        {
            return date;
        }

        match = EnglishDate().Match(text);
        if (match.Success)
        {
            var month = Array.FindIndex(CultureInfo.InvariantCulture.DateTimeFormat.MonthNames, m => m.Length > 0 && m.StartsWith(match.Groups["month"].Value, StringComparison.OrdinalIgnoreCase)) + 1;
            return Make(match.Groups["y"].Value, month.ToString(CultureInfo.InvariantCulture), match.Groups["d"].Value);
        }

        return null;
    }

    private static DateOnly? Make(string y, string m, string d) =>
        int.TryParse(y, out var year) && int.TryParse(m, out var month) && int.TryParse(d, out var day)
        && year is >= 1900 and <= 2200 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, day)
            : null;

    [GeneratedRegex(@"(?<y>\d{4})\s*[年\-/.]\s*(?<m>\d{1,2})\s*[月\-/.]\s*(?<d>\d{1,2})")]
    private static partial Regex ChineseDate();

    [GeneratedRegex(@"\b(?:(?<month>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+(?<d>\d{1,2}),?\s+(?<y>\d{4})|(?<d>\d{1,2})\s+(?<month>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?,?\s+(?<y>\d{4}))\b")]
    private static partial Regex EnglishDate();
}
