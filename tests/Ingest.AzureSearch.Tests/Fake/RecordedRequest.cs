using System.Text.Json.Nodes;

namespace Ingest.AzureSearch.Tests.Fake;

/// <summary>One request the fake service received: the operation, the path and query, and the JSON body.</summary>
internal sealed record RecordedRequest(string Operation, string Method, string PathAndQuery, JsonNode? Body, DateTimeOffset At);
