using System.Text.Json.Nodes;

namespace Ingest.Deployment.Tests.Bicep;

/// <summary>A parsed ARM expression.</summary>
internal abstract record ArmNode
{
    public abstract JsonNode? Evaluate(ArmScope scope);
}
