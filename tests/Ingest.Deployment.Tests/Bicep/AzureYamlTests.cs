using Ingest.Testing;

namespace Ingest.Deployment.Tests.Bicep;

/// <summary>azure.yaml points azd at the Functions project, the template and the post-deploy hook.</summary>
public sealed class AzureYamlTests
{
    [Fact]
    public void Service_Project_IsTheFunctionsAppHostedAsAFunction()
    {
        var yaml = AzureYaml.Load();

        Assert.Equal("functions", yaml.ServiceName);
        Assert.Equal("function", yaml.Host);
        Assert.Equal("dotnet", yaml.Language);
        Assert.True(File.Exists(Path.Combine(RepositoryRoot.Path, yaml.Project, "Ingest.Functions.csproj")), $"{yaml.Project} holds no Ingest.Functions.csproj.");
    }

    [Fact]
    public void Infra_Module_IsMainBicep()
    {
        var yaml = AzureYaml.Load();

        Assert.True(File.Exists(Path.Combine(RepositoryRoot.Path, yaml.InfraPath, yaml.InfraModule + ".bicep")));
    }

    [Fact]
    public void PostDeployHooks_Scripts_Exist()
    {
        var yaml = AzureYaml.Load();

        Assert.True(File.Exists(Path.Combine(RepositoryRoot.Path, yaml.PosixPostDeploy)), yaml.PosixPostDeploy);
        Assert.True(File.Exists(Path.Combine(RepositoryRoot.Path, yaml.WindowsPostDeploy)), yaml.WindowsPostDeploy);
    }
}
