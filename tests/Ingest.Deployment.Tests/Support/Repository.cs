using Ingest.Testing;

namespace Ingest.Deployment.Tests.Support;

/// <summary>Files of the repository that the deployment consists of.</summary>
internal static class Repository
{
    public static string Infra => Path.Combine(RepositoryRoot.Path, "infra");

    public static string MainBicep => Path.Combine(Infra, "main.bicep");

    public static string InfraReadme => Path.Combine(Infra, "README.md");

    public static string FunctionsProject => Path.Combine(RepositoryRoot.Path, "functions", "Ingest.Functions");

    public static string LocalSettingsExample => Path.Combine(FunctionsProject, "local.settings.example.json");

    public static string PostDeployScript => Path.Combine(Infra, "scripts", "postdeploy.sh");
}
