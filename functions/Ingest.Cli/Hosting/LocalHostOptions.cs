namespace Ingest.Cli.Hosting;

/// <summary>What <c>ingest serve</c> was asked to run.</summary>
/// <param name="SourcePath">Folder of articles to ingest and watch.</param>
/// <param name="DataPath">Data folder: index, manifests, quarantine.</param>
/// <param name="Port">Loopback port of the HTTP API.</param>
public sealed record LocalHostOptions(string SourcePath, string DataPath, int Port);
