using Ingest.Testing;
using YamlDotNet.RepresentationModel;

namespace Ingest.Deployment.Tests.Bicep;

/// <summary>The parts of azure.yaml (the azd project file at the repository root) that must agree with the template.</summary>
internal sealed record AzureYaml(
    string ServiceName,
    string Project,
    string Language,
    string Host,
    string InfraPath,
    string InfraModule,
    string PosixPostDeploy,
    string WindowsPostDeploy)
{
    public static AzureYaml Load()
    {
        var stream = new YamlStream();
        using (var reader = new StreamReader(Path.Combine(RepositoryRoot.Path, "azure.yaml")))
        {
            stream.Load(reader);
        }

        var root = (YamlMappingNode)stream.Documents.Single().RootNode;
        var services = Map(root, "services");
        var service = Assert.Single(services.Children);
        var serviceBody = (YamlMappingNode)service.Value;
        var infra = Map(root, "infra");
        var postDeploy = Map(Map(root, "hooks"), "postdeploy");
        return new AzureYaml(
            ((YamlScalarNode)service.Key).Value!,
            Scalar(serviceBody, "project"),
            Scalar(serviceBody, "language"),
            Scalar(serviceBody, "host"),
            Scalar(infra, "path"),
            Scalar(infra, "module"),
            Scalar(Map(postDeploy, "posix"), "run"),
            Scalar(Map(postDeploy, "windows"), "run"));
    }

    private static YamlMappingNode Map(YamlMappingNode node, string key) => (YamlMappingNode)node.Children[new YamlScalarNode(key)];

    private static string Scalar(YamlMappingNode node, string key) => ((YamlScalarNode)node.Children[new YamlScalarNode(key)]).Value!;
}
