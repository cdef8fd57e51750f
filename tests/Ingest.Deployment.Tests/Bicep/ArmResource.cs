using System.Text.Json;

namespace Ingest.Deployment.Tests.Bicep;

/// <summary>A resource declaration of the compiled template, with the template it belongs to.</summary>
internal sealed record ArmResource(string Type, JsonElement Body, ArmScope Scope)
{
    public JsonElement Properties => Body.GetProperty("properties");

    public override string ToString() => $"{Type} in {Scope.Path}";
}
