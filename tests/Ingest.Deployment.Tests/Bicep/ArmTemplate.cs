using System.Text.Json;
using System.Text.Json.Nodes;

namespace Ingest.Deployment.Tests.Bicep;

/// <summary>
/// The compiled ARM template: every resource declaration, modules' included, and the values of
/// expressions that need nothing but the template's own variables and parameter defaults.
/// </summary>
internal sealed class ArmTemplate(JsonElement root)
{
    private const string DeploymentType = "Microsoft.Resources/deployments";

    public ArmScope RootScope { get; } = ArmScope.Root(root);

    /// <summary>Every resource of the root template and of the modules, depth first.</summary>
    public IReadOnlyList<ArmResource> Resources { get; } = Collect(ArmScope.Root(root)).ToList();

    public IReadOnlyList<ArmResource> OfType(string type) =>
        Resources.Where(r => r.Type.Equals(type, StringComparison.OrdinalIgnoreCase)).ToList();

    public ArmResource Single(string type)
    {
        var matches = OfType(type);
        Assert.True(matches.Count == 1, $"Expected one {type} in the template, found {matches.Count}.");
        return matches[0];
    }

    /// <summary>The value of <paramref name="value"/> (a literal or an ARM expression) with default parameters.</summary>
    /// <exception cref="UnresolvableExpressionException">The value depends on the deployment.</exception>
    public static JsonNode? Evaluate(JsonElement value, ArmScope scope) => ArmExpressionEvaluator.Evaluate(value, scope);

    /// <summary>The value of an expression written out, e.g. <c>[parameters('name')]</c>, in <paramref name="scope"/>.</summary>
    public static JsonNode? Evaluate(string expression, ArmScope scope)
    {
        using var document = JsonDocument.Parse(JsonSerializer.Serialize(expression));
        return Evaluate(document.RootElement, scope);
    }

    /// <summary>The value as a string, or null when it depends on the deployment.</summary>
    public static string? TryEvaluateString(JsonElement value, ArmScope scope)
    {
        try
        {
            return Evaluate(value, scope) is JsonValue node && node.TryGetValue<string>(out var text) ? text : null;
        }
        catch (UnresolvableExpressionException)
        {
            return null;
        }
    }

    private static IEnumerable<ArmResource> Collect(ArmScope scope)
    {
        if (!scope.Template.TryGetProperty("resources", out var resources))
        {
            yield break;
        }

        // languageVersion 2.0 templates key resources by symbolic name; older ones list them.
        var items = resources.ValueKind == JsonValueKind.Object
            ? resources.EnumerateObject().Select(p => p.Value)
            : resources.EnumerateArray();
        foreach (var body in items)
        {
            if (body.TryGetProperty("existing", out var existing) && existing.ValueKind == JsonValueKind.True)
            {
                continue;
            }

            var type = body.GetProperty("type").GetString()!;
            yield return new ArmResource(type, body, scope);
            if (type.Equals(DeploymentType, StringComparison.OrdinalIgnoreCase)
                && body.GetProperty("properties").TryGetProperty("template", out var inner))
            {
                var passed = body.GetProperty("properties").TryGetProperty("parameters", out var parameters) ? parameters : (JsonElement?)null;
                var name = body.GetProperty("name").GetString();
                foreach (var nested in Collect(new ArmScope(inner, scope, passed, $"{scope.Path}/{name}")))
                {
                    yield return nested;
                }
            }
        }
    }
}
