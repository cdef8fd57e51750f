using System.Text.Json.Nodes;

namespace Ingest.Deployment.Tests.Bicep;

/// <summary><c>target[key]</c>.</summary>
internal sealed record ArmIndexAccess(ArmNode Target, ArmNode Key) : ArmNode
{
    public override JsonNode? Evaluate(ArmScope scope)
    {
        var target = Target.Evaluate(scope);
        var key = Key.Evaluate(scope);
        return (target, key) switch
        {
            (JsonArray array, JsonValue number) when number.TryGetValue<int>(out var i) && i >= 0 && i < array.Count => array[i]?.DeepClone(),
            (JsonObject obj, JsonValue name) when name.TryGetValue<string>(out var n) && obj.TryGetPropertyValue(n, out var v) => v?.DeepClone(),
            _ => throw new UnresolvableExpressionException("Index out of range or of the wrong kind."),
        };
    }
}
