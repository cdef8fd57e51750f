using System.Text.Json.Serialization;

namespace Ingest.Pipeline.Tagging.Evaluation;

/// <summary>Exact-span agreement for one entity type (or all of them): counts and the derived measures.</summary>
/// <param name="Type">person, place, organization, or overall.</param>
/// <param name="Gold">Entities in the gold file.</param>
/// <param name="Predicted">Entities the tagger reported.</param>
/// <param name="Correct">Reported entities whose type, start and end all match a gold entity.</param>
public sealed record TypeScore(string Type, int Gold, int Predicted, int Correct)
{
    [JsonPropertyOrder(10)]
    public double Precision => Predicted == 0 ? 0 : (double)Correct / Predicted;

    [JsonPropertyOrder(11)]
    public double Recall => Gold == 0 ? 0 : (double)Correct / Gold;

    [JsonPropertyOrder(12)]
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}
