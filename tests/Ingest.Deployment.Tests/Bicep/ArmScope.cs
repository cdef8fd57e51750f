using System.Text.Json;

namespace Ingest.Deployment.Tests.Bicep;

/// <summary>
/// One template of the compiled deployment: the root template, or the inner template of a module (a
/// nested deployment), with the parameter values its parent passes it.
/// </summary>
internal sealed record ArmScope(JsonElement Template, ArmScope? Parent, JsonElement? PassedParameters, string Path)
{
    public static ArmScope Root(JsonElement template) => new(template, null, null, "main");
}
