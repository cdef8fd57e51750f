using System.Text.Json.Nodes;

namespace Ingest.Deployment.Tests.Bicep;

/// <summary>A string or number written in the expression.</summary>
internal sealed record ArmLiteral(JsonNode? Value) : ArmNode
{
    public override JsonNode? Evaluate(ArmScope scope) => Value?.DeepClone();
}
