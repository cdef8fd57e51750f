namespace Ingest.Pipeline.Tagging.Evaluation;

/// <summary>What <see cref="NerEvaluator"/> measured on a gold file.</summary>
/// <param name="Sentences">Sentences read.</param>
/// <param name="Characters">Characters tagged.</param>
/// <param name="Types">Scores per type (person, place, organization), then overall.</param>
/// <param name="Elapsed">Tagging time, without reading the file or loading the dictionaries.</param>
public sealed record NerReport(int Sentences, int Characters, IReadOnlyList<TypeScore> Types, TimeSpan Elapsed)
{
    /// <summary>The micro-averaged score over all types.</summary>
    public TypeScore Overall => Types[^1];
}
