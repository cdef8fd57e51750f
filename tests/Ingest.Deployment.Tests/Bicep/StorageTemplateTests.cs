using System.Text.Json.Nodes;
using Ingest.Azure;

namespace Ingest.Deployment.Tests.Bicep;

/// <summary>The storage account: no shared keys, and exactly the containers and queues the trigger bindings name.</summary>
public sealed class StorageTemplateTests(CompiledTemplate compiled)
{
    [Fact]
    public void StorageAccount_Access_IsEntraIdOnly()
    {
        var account = compiled.Template.Single("Microsoft.Storage/storageAccounts").Properties;

        Assert.False(account.GetProperty("allowSharedKeyAccess").GetBoolean());
        Assert.False(account.GetProperty("allowBlobPublicAccess").GetBoolean());
        Assert.Equal("TLS1_2", account.GetProperty("minimumTlsVersion").GetString());
    }

    [Fact]
    public void Containers_IncludeEveryContainerTheCodeUses()
    {
        var containers = compiled.Template.Single("Microsoft.Storage/storageAccounts/blobServices/containers");
        var names = Strings(ArmTemplate.Evaluate("[parameters('containerNames')]", containers.Scope));

        Assert.Superset(
            new HashSet<string>([StorageNames.ArticlesContainer, StorageNames.QuarantineContainer, StorageNames.StateContainer]),
            names.ToHashSet());
    }

    [Fact]
    public void Queues_AreTheWorkAndBlobEventsQueues()
    {
        var queues = compiled.Template.Single("Microsoft.Storage/storageAccounts/queueServices/queues");
        var names = Strings(ArmTemplate.Evaluate("[parameters('queueNames')]", queues.Scope));

        Assert.Equal([StorageNames.BlobEventsQueue, StorageNames.WorkQueue], names.Order(StringComparer.Ordinal));
    }

    private static IEnumerable<string> Strings(JsonNode? array) =>
        Assert.IsType<JsonArray>(array).Select(n => n?.GetValue<string>()).OfType<string>();
}
