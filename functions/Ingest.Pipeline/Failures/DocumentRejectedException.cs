namespace Ingest.Pipeline.Failures;

/// <summary>
/// A permanent failure of one file: retrying the same bytes would fail the same way. The ingestion
/// service quarantines the file with <see cref="Reason"/> and the message, and carries on with the others.
/// </summary>
public sealed class DocumentRejectedException(FailureReason reason, string message, Exception? inner = null)
    : Exception(message, inner)
{
    public FailureReason Reason { get; } = reason;
}
