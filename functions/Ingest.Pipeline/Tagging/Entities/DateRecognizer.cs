using System.Text.RegularExpressions;

namespace Ingest.Pipeline.Tagging.Entities;

/// <summary>
/// Date expressions, normalized to ISO 8601: <c>2021-05-13</c>, <c>2021-05</c> or <c>2021</c>.
/// Relative years (今年, 去年) resolve against the publication date; without one, a month and day
/// keep the ISO form for a date without a year (<c>--05-13</c>) and the rest stays unresolved
/// (<see cref="Entity.Detail"/> <c>relative</c>, canonical = the folded text).
/// </summary>
internal static class DateRecognizer
{
    private const string ChineseDigits = "〇一二三四五六七八九";

    public static IEnumerable<Candidate> Find(EntityContext context)
    {
        foreach (Match match in EntityRules.Date().Matches(context.Folded))
        {
            var (canonical, detail) = Resolve(match, context.PublishedAt);
            if (canonical is null)
            {
                continue;
            }

            var end = match.Index + match.Length;
            yield return new Candidate(context.Create(EntityType.Date, match.Index, end, canonical, detail), Priority.Date);
        }
    }

    private static (string? Canonical, string? Detail) Resolve(Match match, DateOnly? publishedAt)
    {
        var g = match.Groups;
        if (g["iy"].Success)
        {
            return (Iso(int.Parse(g["iy"].Value), int.Parse(g["im"].Value), int.Parse(g["id"].Value)), null);
        }

        if (g["cy"].Success)
        {
            var year = 0;
            foreach (var c in g["cy"].Value) year = year * 10 + ChineseDigit(c);
            return (Iso(year, ChineseNumber(g["cm"]), ChineseNumber(g["cd"])), null);
        }

        int? month = g["m"].Success ? int.Parse(g["m"].Value) : null;
        int? day = g["d"].Success ? int.Parse(g["d"].Value) : null;
        if (g["y"].Success)
        {
            return (Iso(int.Parse(g["y"].Value), month, day), null);
        }

        if (g["rel"].Success)
        {
            if (publishedAt is not { } anchor)
            {
                // A bare 今年 says nothing without the publication date; 今年2月18日 still names a day.
                if (month is null && !g["part"].Success) return (null, null);
                return month is { } m && day is { } d && IsMonthDay(m, d) ? ($"--{m:D2}-{d:D2}", "relative") : (match.Value, "relative");
            }

            var offset = g["rel"].Value switch { "去年" => -1, "明年" => 1, "前年" => -2, _ => 0 };
            return (Iso(anchor.Year + offset, month, day), null);
        }

        // A month and day without a year: the publication year when known (news speaks of this year).
        if (month is { } mm && day is { } dd && IsMonthDay(mm, dd))
        {
            return publishedAt is { } anchor ? (Iso(anchor.Year, mm, dd), null) : ($"--{mm:D2}-{dd:D2}", "relative");
        }

        return (null, null);
    }

    private static string? Iso(int year, int? month, int? day)
    {
        if (year is < 1800 or > 2200) return null;
        if (month is not { } m) return $"{year:D4}";
        if (m is < 1 or > 12) return null;
        if (day is not { } d) return $"{year:D4}-{m:D2}";
        return d >= 1 && d <= DateTime.DaysInMonth(year, m) ? $"{year:D4}-{m:D2}-{d:D2}" : null;
    }

    private static bool IsMonthDay(int month, int day) => month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(2000, month);

    private static int ChineseDigit(char c) => c is '○' or '零' ? 0 : ChineseDigits.IndexOf(c);

    /// <summary>一 to 三十一 (十, 十二, 二十, 二十三).</summary>
    private static int? ChineseNumber(Group group)
    {
        if (!group.Success) return null;
        var s = group.Value;
        var ten = s.IndexOf('十');
        if (ten < 0) return ChineseDigit(s[0]);
        var tens = ten == 0 ? 1 : ChineseDigit(s[0]);
        var units = ten == s.Length - 1 ? 0 : ChineseDigit(s[^1]);
        return tens * 10 + units;
    }
}
