using System.Globalization;
using System.Text.Json;
using Ingest.Pipeline.Query;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;

namespace Ingest.Api.Search;

/// <summary>
/// Reads a search request from a query string or a JSON body into a <see cref="SearchQuery"/>,
/// collecting every problem by parameter name so the caller learns all of them at once.
/// </summary>
internal static class SearchRequestParser
{
    public const int MaxFilterValues = 20;
    public const int MaxFilterValueLength = 200;

    private static readonly Dictionary<string, FacetField> FacetNames = Enum.GetValues<FacetField>()
        .ToDictionary(f => f.ToString().ToLowerInvariant(), StringComparer.OrdinalIgnoreCase);

    public static (SearchQuery? Query, Dictionary<string, string[]> Errors) FromQueryString(IQueryCollection query)
    {
        var reader = new Reader();
        var result = reader.Build(
            q: Single(query, "q"),
            mode: Single(query, "mode"),
            filters: name => query[name].SelectMany(v => (v ?? string.Empty).Split(',')).ToList(),
            from: Single(query, "from"),
            to: Single(query, "to"),
            facets: query["facets"].SelectMany(v => (v ?? string.Empty).Split(',')).ToList(),
            top: Single(query, "top"),
            skip: Single(query, "skip"),
            orderBy: Single(query, "orderBy"));
        return (result, reader.Errors);
    }

    public static async Task<(SearchQuery? Query, Dictionary<string, string[]> Errors)> FromJsonAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        SearchRequest? body;
        try
        {
            body = await JsonSerializer.DeserializeAsync<SearchRequest>(request.Body, ApiJson.Options, cancellationToken).ConfigureAwait(false);
        }
        catch (JsonException ex)
        {
            var where = ex.LineNumber is { } line ? $" at line {line + 1}, position {ex.BytePositionInLine + 1}" : string.Empty;
            return (null, new() { ["body"] = [$"The body is not valid JSON{where}. Send an object such as {{\"q\": \"數字化\", \"top\": 10}}."] });
        }

        if (body is null)
        {
            return (null, new() { ["body"] = ["The body must be a JSON object."] });
        }

        var reader = new Reader();
        var result = reader.Build(
            q: body.Q,
            mode: body.Mode,
            filters: name => reader.Strings(name, name switch
            {
                "theme" => body.Theme,
                "person" => body.Person,
                "place" => body.Place,
                "organization" => body.Organization,
                "work" => body.Work,
                "language" => body.Language,
                _ => body.Source,
            }),
            from: body.From,
            to: body.To,
            facets: reader.Strings("facets", body.Facets).SelectMany(v => v.Split(',')).ToList(),
            top: reader.Number("top", body.Top),
            skip: reader.Number("skip", body.Skip),
            orderBy: body.OrderBy);
        return (result, reader.Errors);
    }

    private static string? Single(IQueryCollection query, string name) => query.TryGetValue(name, out var values) && values.Count > 0 ? values[^1] : null;

    private sealed class Reader
    {
        public Dictionary<string, string[]> Errors { get; } = new(StringComparer.Ordinal);

        public SearchQuery? Build(string? q, string? mode, Func<string, List<string>> filters, string? from, string? to, List<string> facets, string? top, string? skip, string? orderBy)
        {
            var text = (q ?? string.Empty).Trim();
            if (text.Length > SearchQuery.MaxTextLength)
            {
                Add("q", $"q is {text.Length} characters long; the limit is {SearchQuery.MaxTextLength}.");
            }

            var searchMode = ParseEnum<SearchMode>("mode", mode, SearchMode.Documents, "documents or chunks");
            var order = ParseEnum<SearchOrder>("orderBy", orderBy, SearchOrder.Relevance, "relevance or date");
            var topValue = ParseInt("top", top, 10, 1, SearchQuery.MaxTop);
            var skipValue = ParseInt("skip", skip, 0, 0, SearchQuery.MaxSkip);
            var fromDate = ParseDate("from", from);
            var toDate = ParseDate("to", to);
            if (fromDate > toDate)
            {
                Add("to", $"to ({toDate:yyyy-MM-dd}) is before from ({fromDate:yyyy-MM-dd}).");
            }

            var facetFields = new List<FacetField>();
            foreach (var facet in facets.Select(f => f.Trim()).Where(f => f.Length > 0))
            {
                if (FacetNames.TryGetValue(facet, out var field))
                {
                    if (!facetFields.Contains(field)) facetFields.Add(field);
                }
                else
                {
                    Add("facets", $"'{Clip(facet)}' is not a facet; use any of {string.Join(", ", FacetNames.Keys)}.");
                }
            }

            var filterValues = new SearchFilters
            {
                Themes = Filter("theme", filters("theme")),
                Persons = Filter("person", filters("person")),
                Places = Filter("place", filters("place")),
                Organizations = Filter("organization", filters("organization")),
                Works = Filter("work", filters("work")),
                Languages = Filter("language", filters("language")),
                Sources = Filter("source", filters("source")),
                From = fromDate,
                To = toDate,
            };

            return Errors.Count > 0 ? null : new SearchQuery
            {
                Text = text,
                Mode = searchMode,
                OrderBy = order,
                Top = topValue,
                Skip = skipValue,
                Facets = facetFields,
                Filters = filterValues,
            };
        }

        public List<string> Strings(string name, JsonElement? element)
        {
            switch (element)
            {
                case null:
                case { ValueKind: JsonValueKind.Null }:
                    return [];
                case { ValueKind: JsonValueKind.String } single:
                    return [single.GetString()!];
                case { ValueKind: JsonValueKind.Array } array when array.EnumerateArray().All(e => e.ValueKind == JsonValueKind.String):
                    return array.EnumerateArray().Select(e => e.GetString()!).ToList();
                default:
                    Add(name, $"{name} must be a string or an array of strings.");
                    return [];
            }
        }

        public string? Number(string name, JsonElement? element) => element switch
        {
            null or { ValueKind: JsonValueKind.Null } => null,
            { ValueKind: JsonValueKind.Number } number => number.GetRawText(),
            { ValueKind: JsonValueKind.String } text => text.GetString(),
            _ => Invalid(name),
        };

        private string? Invalid(string name)
        {
            Add(name, $"{name} must be a whole number.");
            return null;
        }

        private List<string> Filter(string name, List<string> values)
        {
            var cleaned = values.Select(v => v.Trim()).Where(v => v.Length > 0).Distinct(StringComparer.Ordinal).ToList();
            if (cleaned.Count > MaxFilterValues)
            {
                Add(name, $"{name} has {cleaned.Count} values; at most {MaxFilterValues} are allowed.");
            }

            if (cleaned.Any(v => v.Length > MaxFilterValueLength))
            {
                Add(name, $"A {name} value is longer than {MaxFilterValueLength} characters.");
            }

            return cleaned;
        }

        private T ParseEnum<T>(string name, string? value, T fallback, string allowed) where T : struct, Enum
        {
            if (string.IsNullOrWhiteSpace(value)) return fallback;
            if (Enum.TryParse<T>(value.Trim(), ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) && !int.TryParse(value, out _)) return parsed;
            Add(name, $"{name} '{Clip(value)}' is not valid; use {allowed}.");
            return fallback;
        }

        private int ParseInt(string name, string? value, int fallback, int min, int max)
        {
            if (string.IsNullOrWhiteSpace(value)) return fallback;
            if (int.TryParse(value.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed) && parsed >= min && parsed <= max) return parsed;
            Add(name, $"{name} must be a whole number from {min} to {max}; got '{Clip(value)}'.");
            return fallback;
        }

        private DateOnly? ParseDate(string name, string? value)
        {
            if (string.IsNullOrWhiteSpace(value)) return null;
            if (DateOnly.TryParseExact(value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) return date;
            Add(name, $"{name} must be a date in the form YYYY-MM-DD; got '{Clip(value)}'.");
            return null;
        }

        private void Add(string name, string message) =>
            Errors[name] = Errors.TryGetValue(name, out var existing) ? [.. existing, message] : [message];

        private static string Clip(string value) => value.Length <= 40 ? value : value[..40] + "…";
    }
}
