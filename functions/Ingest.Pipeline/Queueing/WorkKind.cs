namespace Ingest.Pipeline.Queueing;

public enum WorkKind
{
    Ingest,
    Remove,
}
