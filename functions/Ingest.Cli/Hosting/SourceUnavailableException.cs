namespace Ingest.Cli.Hosting;

/// <summary>
/// The article source cannot be used (storage unreachable, credentials refused, API version rejected).
/// Its message is written for the person running <c>ingest serve</c> and never holds a secret;
/// <c>ServeCommand</c> prints it instead of a stack trace.
/// </summary>
internal sealed class SourceUnavailableException(string message, Exception innerException) : Exception(message, innerException);
