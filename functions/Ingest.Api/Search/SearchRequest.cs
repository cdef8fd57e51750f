using System.Text.Json;

namespace Ingest.Api.Search;

/// <summary>
/// The body of <c>POST /api/search</c>: the same fields as the query string of <c>GET</c>. Filter
/// fields and <c>facets</c> take a string or an array of strings.
/// </summary>
internal sealed record SearchRequest
{
    public string? Q { get; init; }
    public string? Mode { get; init; }
    public JsonElement? Theme { get; init; }
    public JsonElement? Person { get; init; }
    public JsonElement? Place { get; init; }
    public JsonElement? Organization { get; init; }
    public JsonElement? Work { get; init; }
    public JsonElement? Language { get; init; }
    public JsonElement? Source { get; init; }
    public string? From { get; init; }
    public string? To { get; init; }
    public JsonElement? Facets { get; init; }
    public JsonElement? Top { get; init; }
    public JsonElement? Skip { get; init; }
    public string? OrderBy { get; init; }
}
