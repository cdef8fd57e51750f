using System.Text.RegularExpressions;
using Ingest.Pipeline.Normalization;
using Ingest.Pipeline.Tagging.Gazetteer;
using Ingest.Pipeline.Text;

namespace Ingest.Pipeline.Tagging.Entities;

/// <summary>
/// Finds persons, places, organizations, works, dates and events in normalized text. Works on
/// the text folded to Simplified (same length, so offsets hold) and reports the original
/// characters. Mentions inside garbled spans are never reported.
/// </summary>
public sealed class EntityTagger(Gazetteer.Gazetteer gazetteer)
{
    public IReadOnlyList<Entity> Tag(string text, string folded, QualityReport quality, DateOnly? publishedAt, CancellationToken cancellationToken = default)
    {
        var found = new List<Entity>();
        Works(text, folded, found);
        cancellationToken.ThrowIfCancellationRequested();
        Dates(text, folded, publishedAt, found);
        Events(text, folded, found);
        Persons(text, folded, found);
        Organizations(text, folded, found);
        cancellationToken.ThrowIfCancellationRequested();
        Places(text, folded, found);

        return found
            .Where(e => !quality.IsGarbled(e.Start, e.End))
            .OrderBy(e => e.Start).ThenBy(e => e.Type)
            .ToList();
    }

    private static void Works(string text, string folded, List<Entity> found)
    {
        foreach (Match match in EntityRules.Work().Matches(folded))
        {
            var title = match.Groups["t"];
            found.Add(new Entity(EntityType.Work, text.Substring(match.Index, match.Length), match.Index, match.Index + match.Length, title.Value));
        }
    }

    private static void Dates(string text, string folded, DateOnly? publishedAt, List<Entity> found)
    {
        foreach (Match match in EntityRules.Date().Matches(folded))
        {
            int? year = match.Groups["y"].Success ? int.Parse(match.Groups["y"].Value) : null;
            if (match.Groups["rel"].Success && publishedAt is { } anchor)
            {
                year = anchor.Year + match.Groups["rel"].Value switch { "去年" => -1, "明年" => 1, _ => 0 };
            }

            var canonical = Iso(year, match.Groups["m"], match.Groups["d"]);
            if (canonical is not null)
            {
                found.Add(new Entity(EntityType.Date, text.Substring(match.Index, match.Length), match.Index, match.Index + match.Length, canonical));
            }
        }
    }

    private static string? Iso(int? year, Group month, Group day)
    {
        if (year is not (>= 1800 and <= 2200) || (month.Success && int.Parse(month.Value) is < 1 or > 12))
        {
            return null;
        }

        if (!month.Success) return $"{year:D4}";
        var m = int.Parse(month.Value);
        if (!day.Success) return $"{year:D4}-{m:D2}";
        var d = int.Parse(day.Value);
        return d >= 1 && d <= DateTime.DaysInMonth(year.Value, m) ? $"{year:D4}-{m:D2}-{d:D2}" : null;
    }

    private static void Events(string text, string folded, List<Entity> found)
    {
        foreach (Match match in EntityRules.Event().Matches(folded))
        {
            found.Add(new Entity(EntityType.Event, text.Substring(match.Index, match.Length), match.Index, match.Index + match.Length, match.Value));
        }
    }

    private static void Persons(string text, string folded, List<Entity> found)
    {
        foreach (var title in EntityRules.Titles)
        {
            var index = folded.IndexOf(title, StringComparison.Ordinal);
            while (index >= 0)
            {
                var nameStart = index + title.Length;
                var length = NameLength(folded, nameStart);
                if (length > 0 && !Overlaps(found, nameStart, nameStart + length))
                {
                    found.Add(new Entity(EntityType.Person, text.Substring(nameStart, length), nameStart, nameStart + length, folded.Substring(nameStart, length)));
                }

                index = folded.IndexOf(title, index + title.Length, StringComparison.Ordinal);
            }
        }
    }

    /// <summary>Length of a Chinese personal name starting at <paramref name="start"/>: two or three Han characters.</summary>
    private static int NameLength(string folded, int start)
    {
        var run = 0;
        while (start + run < folded.Length && run < 4 && CjkChars.IsHan(folded[start + run])) run++;
        if (run < 2) return 0;
        if (run == 2) return 2;
        var afterTwo = folded.AsSpan(start + 2);
        foreach (var word in EntityRules.AfterName)
        {
            if (afterTwo.StartsWith(word, StringComparison.Ordinal)) return 2;
        }

        // A further title right after means we stood on an office, not a name (市委书记 → 书记).
        foreach (var title in EntityRules.Titles)
        {
            if (folded.AsSpan(start).StartsWith(title, StringComparison.Ordinal)) return 0;
        }

        return 3;
    }

    private static void Organizations(string text, string folded, List<Entity> found)
    {
        foreach (var suffix in EntityRules.OrganizationSuffixes.OrderByDescending(s => s.Length))
        {
            var index = folded.IndexOf(suffix, StringComparison.Ordinal);
            while (index >= 0)
            {
                var end = index + suffix.Length;
                var start = index;
                while (start > 0 && end - start < 24 && CjkChars.IsHan(folded[start - 1]) && !EntityRules.OrganizationStops.Contains(folded[start - 1]))
                {
                    start--;
                }

                var minLength = suffix.Length >= 3 ? suffix.Length : suffix.Length + 2;
                if (end - start >= Math.Max(minLength, 3) && !Overlaps(found, start, end))
                {
                    found.Add(new Entity(EntityType.Organization, text[start..end], start, end, folded[start..end]));
                }

                index = folded.IndexOf(suffix, end, StringComparison.Ordinal);
            }
        }
    }

    private void Places(string text, string folded, List<Entity> found)
    {
        var i = 0;
        while (i < folded.Length)
        {
            if (!CjkChars.IsHan(folded[i]))
            {
                i++;
                continue;
            }

            var matched = 0;
            Place? place = null;
            for (var length = Math.Min(gazetteer.MaxNameLength, folded.Length - i); length >= 2; length--)
            {
                if (gazetteer.TryGet(folded.AsSpan(i, length), out var candidate))
                {
                    matched = length;
                    place = candidate;
                    break;
                }
            }

            if (place is not null && !InsideOther(found, i, i + matched))
            {
                found.Add(new Entity(EntityType.Place, text.Substring(i, matched), i, i + matched, place.Canonical, place.Level.ToString().ToLowerInvariant()));
                i += matched;
            }
            else
            {
                i++;
            }
        }
    }

    private static bool Overlaps(List<Entity> found, int start, int end) => found.Any(e => start < e.End && end > e.Start);

    /// <summary>Places inside organizations and works are still places (浙江 in 浙江省委), except inside persons and dates.</summary>
    private static bool InsideOther(List<Entity> found, int start, int end) =>
        found.Any(e => e.Type is EntityType.Person or EntityType.Date && start < e.End && end > e.Start);
}
