using System.Globalization;
using System.Text.Json.Nodes;

namespace Ingest.Deployment.Tests.Bicep;

/// <summary>A template function; the ones that need a real deployment throw <see cref="UnresolvableExpressionException"/>.</summary>
internal sealed record ArmFunctionCall(string Function, IReadOnlyList<ArmNode> Arguments) : ArmNode
{
    public override JsonNode? Evaluate(ArmScope scope)
    {
        switch (Function.ToLowerInvariant())
        {
            case "variables":
                return Variable(scope, Text(Arguments[0], scope));
            case "parameters":
                return Parameter(scope, Text(Arguments[0], scope));
            case "createarray":
                return new JsonArray(Arguments.Select(a => a.Evaluate(scope)).ToArray());
            case "createobject":
                var result = new JsonObject();
                for (var i = 0; i + 1 < Arguments.Count; i += 2)
                {
                    result[Text(Arguments[i], scope)] = Arguments[i + 1].Evaluate(scope);
                }

                return result;
            case "format":
                var values = Arguments.Skip(1).Select(a => (object?)Text(a, scope)).ToArray();
                return JsonValue.Create(string.Format(CultureInfo.InvariantCulture, Text(Arguments[0], scope), values));
            case "union":
                var merged = new JsonObject();
                foreach (var argument in Arguments)
                {
                    if (argument.Evaluate(scope) is not JsonObject part)
                    {
                        throw new UnresolvableExpressionException("union() of something other than objects.");
                    }

                    foreach (var (key, value) in part)
                    {
                        merged[key] = value?.DeepClone();
                    }
                }

                return merged;
            case "concat":
                return JsonValue.Create(string.Concat(Arguments.Select(a => Text(a, scope))));
            case "if":
                return Bool(Arguments[0], scope) ? Arguments[1].Evaluate(scope) : Arguments[2].Evaluate(scope);
            case "empty":
                return JsonValue.Create(Arguments[0].Evaluate(scope) switch
                {
                    null => true,
                    JsonArray array => array.Count == 0,
                    JsonObject obj => obj.Count == 0,
                    JsonValue v when v.TryGetValue<string>(out var s) => s.Length == 0,
                    _ => false,
                });
            case "and":
                return JsonValue.Create(Arguments.All(a => Bool(a, scope)));
            case "or":
                return JsonValue.Create(Arguments.Any(a => Bool(a, scope)));
            case "not":
                return JsonValue.Create(!Bool(Arguments[0], scope));
            case "equals":
                return JsonValue.Create(JsonNode.DeepEquals(Arguments[0].Evaluate(scope), Arguments[1].Evaluate(scope)));
            case "true":
                return JsonValue.Create(true);
            case "false":
                return JsonValue.Create(false);
            case "null":
                return null;
            default:
                throw new UnresolvableExpressionException($"{Function}() depends on the deployment.");
        }
    }

    private static string Text(ArmNode node, ArmScope scope) =>
        node.Evaluate(scope) switch
        {
            JsonValue v when v.TryGetValue<string>(out var s) => s,
            JsonValue v => v.ToJsonString(),
            _ => throw new UnresolvableExpressionException("Expected a string."),
        };

    private static bool Bool(ArmNode node, ArmScope scope) =>
        node.Evaluate(scope) is JsonValue v && v.TryGetValue<bool>(out var b)
            ? b
            : throw new UnresolvableExpressionException("Expected a bool.");

    private static JsonNode? Variable(ArmScope scope, string name) =>
        scope.Template.TryGetProperty("variables", out var variables) && variables.TryGetProperty(name, out var value)
            ? ArmExpressionEvaluator.Evaluate(value, scope)
            : throw new UnresolvableExpressionException($"No variable '{name}' in {scope.Path}.");

    private static JsonNode? Parameter(ArmScope scope, string name)
    {
        if (scope.PassedParameters is { } passed && passed.TryGetProperty(name, out var argument))
        {
            return argument.TryGetProperty("value", out var value) && scope.Parent is { } parent
                ? ArmExpressionEvaluator.Evaluate(value, parent)
                : throw new UnresolvableExpressionException($"Parameter '{name}' of {scope.Path} is a reference.");
        }

        if (scope.Template.TryGetProperty("parameters", out var parameters)
            && parameters.TryGetProperty(name, out var declaration)
            && declaration.TryGetProperty("defaultValue", out var defaultValue))
        {
            return ArmExpressionEvaluator.Evaluate(defaultValue, scope);
        }

        throw new UnresolvableExpressionException($"Parameter '{name}' of {scope.Path} has no value without a deployment.");
    }
}
