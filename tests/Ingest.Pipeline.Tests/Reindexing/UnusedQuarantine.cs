using Ingest.Pipeline.Documents;
using Ingest.Pipeline.State;

namespace Ingest.Pipeline.Tests.Reindexing;

/// <summary>A quarantine the re-index tests never reach; present only so the services resolve.</summary>
internal sealed class UnusedQuarantine : IQuarantineStore
{
    public Task PutAsync(SourceDocument document, QuarantineRecord record, CancellationToken cancellationToken = default) => throw new NotSupportedException();
    public Task RemoveAsync(string sourcePath, CancellationToken cancellationToken = default) => throw new NotSupportedException();
}
