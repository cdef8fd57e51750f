using System.Globalization;
using System.Text.RegularExpressions;

namespace Ingest.Pipeline.Extraction;

/// <summary>Reads publication dates as they appear in metadata and article text.</summary>
public static partial class DateParsing
{
    public static DateOnly? TryParseDate(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        value = value.Trim();
        if (DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var timestamp))
        {
            return DateOnly.FromDateTime(timestamp.Date);
        }

        var match = ChineseDate().Match(value);
        if (match.Success
            && int.TryParse(match.Groups["y"].Value, out var year)
            && int.TryParse(match.Groups["m"].Value, out var month)
            && int.TryParse(match.Groups["d"].Value, out var day)
            && year is >= 1900 and <= 2200 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month))
        {
            return new DateOnly(year, month, day);
        }

        return null;
    }

    [GeneratedRegex(@"(?<y>\d{4})\s*[年\-/.]\s*(?<m>\d{1,2})\s*[月\-/.]\s*(?<d>\d{1,2})")]
    private static partial Regex ChineseDate();
}
