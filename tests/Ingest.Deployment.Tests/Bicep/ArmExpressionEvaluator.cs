using System.Text.Json;
using System.Text.Json.Nodes;

namespace Ingest.Deployment.Tests.Bicep;

/// <summary>
/// Evaluates the small part of the ARM template language that the checks need: literals,
/// <c>variables()</c>, <c>parameters()</c> (the value a parent module passes, else the default),
/// <c>createArray</c>, <c>createObject</c>, <c>union</c> (of objects), <c>format</c>, <c>concat</c>, <c>if</c>, <c>empty</c>,
/// <c>and</c>, <c>or</c>, <c>not</c>, <c>equals</c>, and property and index access. Anything else (resource ids, unique
/// strings, outputs of other resources) depends on a real deployment and throws
/// <see cref="UnresolvableExpressionException"/>. Hand-written because no library evaluates ARM
/// expressions offline; the full language belongs to Azure Resource Manager.
/// </summary>
internal static class ArmExpressionEvaluator
{
    /// <summary>
    /// The value of a literal or expression. Inside objects and arrays, parts that depend on the
    /// deployment are left out (object properties) or null (array items), so that the parts that do
    /// not can still be read; an expression that depends on the deployment throws.
    /// </summary>
    /// <exception cref="UnresolvableExpressionException">The value depends on the deployment.</exception>
    public static JsonNode? Evaluate(JsonElement value, ArmScope scope) => value.ValueKind switch
    {
        JsonValueKind.String => EvaluateString(value.GetString()!, scope),
        JsonValueKind.Object => new JsonObject(value.EnumerateObject()
            .Select(p => (p.Name, Resolved: TryEvaluate(p.Value, scope, out var v), Value: v))
            .Where(p => p.Resolved)
            .Select(p => KeyValuePair.Create(p.Name, p.Value))),
        JsonValueKind.Array => new JsonArray(value.EnumerateArray().Select(e => TryEvaluate(e, scope, out var v) ? v : null).ToArray()),
        _ => JsonNode.Parse(value.GetRawText()),
    };

    private static bool TryEvaluate(JsonElement value, ArmScope scope, out JsonNode? result)
    {
        try
        {
            result = Evaluate(value, scope);
            return true;
        }
        catch (UnresolvableExpressionException)
        {
            result = null;
            return false;
        }
    }

    private static JsonNode? EvaluateString(string text, ArmScope scope)
    {
        if (text.StartsWith("[[", StringComparison.Ordinal))
        {
            return JsonValue.Create(text[1..]); // an escaped literal that starts with '['
        }

        if (!(text.StartsWith('[') && text.EndsWith(']')))
        {
            return JsonValue.Create(text);
        }

        return new ArmExpressionParser(text[1..^1]).ParseWhole().Evaluate(scope);
    }
}
