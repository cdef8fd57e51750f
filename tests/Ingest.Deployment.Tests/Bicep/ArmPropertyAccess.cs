using System.Text.Json.Nodes;

namespace Ingest.Deployment.Tests.Bicep;

/// <summary><c>target.name</c>.</summary>
internal sealed record ArmPropertyAccess(ArmNode Target, string Name) : ArmNode
{
    public override JsonNode? Evaluate(ArmScope scope) =>
        Target.Evaluate(scope) is JsonObject target && target.TryGetPropertyValue(Name, out var value)
            ? value?.DeepClone()
            : throw new UnresolvableExpressionException($"No property '{Name}'.");
}
