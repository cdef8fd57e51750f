namespace Ingest.Deployment.Tests.Bicep;

/// <summary>The expression depends on something only a real deployment knows (a resource id, a unique name, an output).</summary>
internal sealed class UnresolvableExpressionException(string message) : Exception(message);
