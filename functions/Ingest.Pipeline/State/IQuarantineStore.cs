using Ingest.Pipeline.Documents;

namespace Ingest.Pipeline.State;

/// <summary>Where failed files are set aside, each with a JSON reason beside it.</summary>
public interface IQuarantineStore
{
    Task PutAsync(SourceDocument document, QuarantineRecord record, CancellationToken cancellationToken = default);

    /// <summary>Removes a file's quarantine copy once it has been ingested or deleted.</summary>
    Task RemoveAsync(string sourcePath, CancellationToken cancellationToken = default);
}
