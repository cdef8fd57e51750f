using System.Runtime.InteropServices;

namespace Ingest.Pipeline.Extraction;

internal static class MemoryStreams
{
    /// <summary>A read-only stream over <paramref name="content"/>, without copying when it wraps an array.</summary>
    public static MemoryStream ReadOnly(ReadOnlyMemory<byte> content) =>
        MemoryMarshal.TryGetArray(content, out var segment) && segment.Array is not null
            ? new MemoryStream(segment.Array, segment.Offset, segment.Count, writable: false)
            : new MemoryStream(content.ToArray(), writable: false);
}
