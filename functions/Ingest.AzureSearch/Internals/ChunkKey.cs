using System.Buffers.Text;
using System.Text;

namespace Ingest.AzureSearch.Internals;

/// <summary>The index key of a chunk: its id in URL-safe base64 (a chunk id may hold characters keys forbid, '#' among them).</summary>
internal static class ChunkKey
{
    public static string From(string chunkId) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(chunkId));
}
