using System.Text.Json;
using Ingest.Api;

namespace Ingest.Cli.Inspection;

/// <summary>JSON settings of the inspect report: the API's conventions, indented for people.</summary>
public static class InspectJson
{
    public static JsonSerializerOptions Options { get; } = new(ApiJson.Options) { WriteIndented = true };
}
