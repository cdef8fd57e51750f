namespace Ingest.Api.Ui;

/// <summary>One file of the search page, held in memory with its content type and entity tag.</summary>
internal sealed record UiAsset(string Name, byte[] Content, string ContentType, string ETag);
