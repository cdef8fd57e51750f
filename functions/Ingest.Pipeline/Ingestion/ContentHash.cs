using System.Security.Cryptography;
using System.Text.Json;
using Ingest.Pipeline.Documents;

namespace Ingest.Pipeline.Ingestion;

/// <summary>
/// The hash that decides whether a document changed: its bytes and the metadata overrides beside
/// it (blob metadata or a sidecar), since editing either changes what is indexed.
/// </summary>
public static class ContentHash
{
    public static string Of(SourceDocument document)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(document.Content.Span);
        if (document.Overrides is { } overrides && overrides != DocumentMetadata.Empty)
        {
            hash.AppendData(JsonSerializer.SerializeToUtf8Bytes(overrides));
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
