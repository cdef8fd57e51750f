using System.Text.Json.Nodes;

namespace Ingest.AzureSearch.Tests.Fake;

/// <summary>One index of the fake service: its definition as sent, and its documents by key.</summary>
internal sealed class FakeIndex
{
    private readonly Lock gate = new();
    private readonly Dictionary<string, JsonObject> documents = new(StringComparer.Ordinal);

    public JsonObject? Definition { get; set; }

    public List<JsonObject> Snapshot()
    {
        lock (gate)
        {
            return documents.Values.Select(d => d.DeepClone().AsObject()).ToList();
        }
    }

    public void Apply(string action, string key, JsonObject document)
    {
        var stored = document.DeepClone().AsObject();
        stored.Remove("@search.action");
        lock (gate)
        {
            switch (action)
            {
                case "delete":
                    documents.Remove(key);
                    break;
                case "merge" or "mergeOrUpload" when documents.TryGetValue(key, out var existing):
                    foreach (var (name, value) in stored)
                    {
                        existing[name] = value?.DeepClone();
                    }

                    break;
                default:
                    documents[key] = stored;
                    break;
            }
        }
    }
}
