using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Ingest.AzureSearch.Tests.Fake;

/// <summary>The search operation of the fake service (see <see cref="FakeSearchService"/>).</summary>
internal static partial class FakeSearch
{
    public static JsonObject Run(FakeIndex index, JsonObject request)
    {
        var search = request["search"]?.GetValue<string>() ?? "*";
        var fields = List(request["searchFields"]);
        var phrases = search == "*" ? [] : Phrase().Matches(search).Select(m => Regex.Unescape(m.Groups[1].Value)).ToList();
        var filter = request["filter"]?.GetValue<string>() is { Length: > 0 } f ? ODataEvaluator.Parse(f) : (_ => true);

        var matches = new List<(JsonObject Document, double Score)>();
        foreach (var document in index.Snapshot())
        {
            if (!filter(document))
            {
                continue;
            }

            double score = 1;
            if (phrases.Count > 0)
            {
                score = 0;
                var all = true;
                foreach (var phrase in phrases)
                {
                    var weight = fields.Sum(field => Text(document, field).Contains(phrase, StringComparison.OrdinalIgnoreCase) ? Weight(field) : 0);
                    all &= weight > 0;
                    score += weight;
                }

                if (!all)
                {
                    continue;
                }
            }

            matches.Add((document, score));
        }

        var response = new JsonObject();
        if (request["count"]?.GetValue<bool>() == true)
        {
            response["@odata.count"] = matches.Count;
        }

        if (request["facets"] is JsonArray facets)
        {
            var facetResults = new JsonObject();
            foreach (var spec in facets.Select(n => n!.GetValue<string>()))
            {
                var parts = spec.Split(',');
                var count = parts.Skip(1).Select(p => p.Split(':')).Where(p => p[0] == "count").Select(p => int.Parse(p[1], CultureInfo.InvariantCulture)).DefaultIfEmpty(10).First();
                var values = matches.SelectMany(m => Values(m.Document, parts[0]))
                    .GroupBy(v => v, StringComparer.Ordinal)
                    .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
                    .Take(count)
                    .Select(g => (JsonNode)new JsonObject { ["value"] = g.Key, ["count"] = g.Count() });
                facetResults[parts[0]] = new JsonArray([.. values]);
            }

            response["@search.facets"] = facetResults;
        }

        IEnumerable<(JsonObject Document, double Score)> ordered = matches;
        var orderBy = List(request["orderby"]);
        if (orderBy.Count > 0)
        {
            ordered = matches.Order(Comparer<(JsonObject Document, double Score)>.Create((a, b) => CompareBy(orderBy, a, b)));
        }
        else
        {
            ordered = matches.OrderByDescending(m => m.Score);
        }

        var skip = request["skip"]?.GetValue<int>() ?? 0;
        var top = request["top"]?.GetValue<int>() ?? 50;
        var select = List(request["select"]);
        var highlight = List(request["highlight"]);
        var pre = request["highlightPreTag"]?.GetValue<string>() ?? "<em>";
        var post = request["highlightPostTag"]?.GetValue<string>() ?? "</em>";
        var page = new JsonArray();
        foreach (var (document, score) in ordered.Skip(skip).Take(top))
        {
            var hit = new JsonObject { ["@search.score"] = score };
            var highlights = new JsonObject();
            foreach (var field in highlight)
            {
                if (Mark(Text(document, field), phrases, pre, post) is { } marked)
                {
                    highlights[field] = new JsonArray(marked);
                }
            }

            if (highlights.Count > 0)
            {
                hit["@search.highlights"] = highlights;
            }

            foreach (var (name, value) in document)
            {
                if (select.Count == 0 || select.Contains(name))
                {
                    hit[name] = value?.DeepClone();
                }
            }

            page.Add(hit);
        }

        response["value"] = page;
        return response;
    }

    private static double Weight(string field) => field switch
    {
        "titleFolded" or "title" => 2,
        "sectionFolded" or "section" => 1.5,
        _ => 1,
    };

    private static int CompareBy(List<string> orderBy, (JsonObject Document, double Score) a, (JsonObject Document, double Score) b)
    {
        foreach (var clause in orderBy)
        {
            var parts = clause.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var descending = parts.Length > 1 && parts[1] == "desc";
            int result;
            if (parts[0] == "search.score()")
            {
                result = a.Score.CompareTo(b.Score);
            }
            else
            {
                var x = a.Document[parts[0]];
                var y = b.Document[parts[0]];

                // Nulls sort first ascending and last descending, as the service documents.
                result = (x, y) switch
                {
                    (null, null) => 0,
                    (null, _) => -1,
                    (_, null) => 1,
                    _ when x.GetValueKind() == System.Text.Json.JsonValueKind.Number => x.GetValue<double>().CompareTo(y.GetValue<double>()),
                    _ => string.CompareOrdinal(x.GetValue<string>(), y.GetValue<string>()),
                };
            }

            if (result != 0)
            {
                return descending ? -result : result;
            }
        }

        return 0;
    }

    private static string? Mark(string text, List<string> phrases, string pre, string post)
    {
        if (phrases.Count == 0 || text.Length == 0)
        {
            return null;
        }

        var marked = new bool[text.Length];
        foreach (var phrase in phrases)
        {
            for (var at = text.IndexOf(phrase, StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf(phrase, at + 1, StringComparison.OrdinalIgnoreCase))
            {
                Array.Fill(marked, true, at, phrase.Length);
            }
        }

        if (!marked.Contains(true))
        {
            return null;
        }

        var output = new StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            if (marked[i] && (i == 0 || !marked[i - 1]))
            {
                output.Append(pre);
            }

            output.Append(text[i]);
            if (marked[i] && (i == text.Length - 1 || !marked[i + 1]))
            {
                output.Append(post);
            }
        }

        return output.ToString();
    }

    private static string Text(JsonObject document, string field) => document[field]?.GetValue<string>() ?? string.Empty;

    private static IEnumerable<string> Values(JsonObject document, string field) => document[field] switch
    {
        JsonArray items => items.Select(i => i!.ToString()),
        JsonValue value when value.ToString() is { Length: > 0 } text => [text],
        _ => [],
    };

    private static List<string> List(JsonNode? node) => node switch
    {
        JsonArray items => items.Select(i => i!.GetValue<string>()).ToList(),
        JsonValue value => value.GetValue<string>().Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList(),
        _ => [],
    };

    [GeneratedRegex("\"((?:\\\\.|[^\"\\\\])*)\"")]
    private static partial Regex Phrase();
}
