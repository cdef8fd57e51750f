using System.Text.Json;

namespace Ingest.Deployment.Tests.Bicep;

/// <summary>The app settings the template gives the function app (its <c>sites/config</c> 'appsettings' resource).</summary>
internal sealed class FunctionAppSettings
{
    private readonly ArmResource _resource;

    public FunctionAppSettings(ArmTemplate template)
    {
        var candidates = template.OfType("Microsoft.Web/sites/config")
            .Where(r => r.Body.GetProperty("name").GetString()!.Contains("appsettings", StringComparison.Ordinal))
            .ToList();
        Assert.True(candidates.Count == 1, $"Expected one appsettings resource, found {candidates.Count}.");
        _resource = candidates[0];
        Raw = _resource.Properties.EnumerateObject().ToDictionary(p => p.Name, p => p.Value, StringComparer.Ordinal);
    }

    /// <summary>Setting name → the template's value (a literal or an expression).</summary>
    public IReadOnlyDictionary<string, JsonElement> Raw { get; }

    public IEnumerable<string> Names => Raw.Keys;

    /// <summary>The value with the template's default parameters, or null when it depends on the deployment.</summary>
    public string? Value(string name) =>
        Raw.TryGetValue(name, out var value) ? ArmTemplate.TryEvaluateString(value, _resource.Scope) : null;

    /// <summary>Every setting whose value is known without a deployment, keyed by configuration key (<c>:</c>).</summary>
    public IReadOnlyDictionary<string, string?> KnownValuesAsConfiguration() =>
        Raw.Keys
            .Select(name => (Name: name, Value: Value(name)))
            .Where(s => s.Value is not null)
            .ToDictionary(s => Settings.AppSettingNames.ToKey(s.Name), s => (string?)s.Value, StringComparer.OrdinalIgnoreCase);
}
