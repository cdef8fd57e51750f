using System.Reflection;
using Microsoft.AspNetCore.Http;

namespace Ingest.Api.OpenApi;

/// <summary><c>GET /api/openapi.json</c>: the API description, written by hand beside this type.</summary>
public sealed class OpenApiEndpoint
{
    private static readonly Lazy<byte[]> Document = new(() =>
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Ingest.Api.OpenApi.openapi.json")
            ?? throw new InvalidOperationException("The OpenAPI document is missing from the build.");
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    });

    public IResult Handle() => Results.Bytes(Document.Value, "application/json; charset=utf-8");
}
