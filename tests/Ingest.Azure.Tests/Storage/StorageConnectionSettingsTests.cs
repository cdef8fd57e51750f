using Ingest.Azure.Storage;
using Microsoft.Extensions.Configuration;

namespace Ingest.Azure.Tests.Storage;

public sealed class StorageConnectionSettingsTests
{
    [Fact]
    public void TryApply_PlainValue_IsAConnectionString()
    {
        var options = Apply(new() { ["IngestStorage"] = "UseDevelopmentStorage=true" });

        Assert.Equal("UseDevelopmentStorage=true", options?.ConnectionString);
        Assert.Null(options?.BlobServiceUri);
    }

    [Fact]
    public void TryApply_BlobAndQueueServiceUris_AreUsedWithTheClientId()
    {
        var options = Apply(new()
        {
            ["IngestStorage:blobServiceUri"] = "https://st.blob.core.windows.net",
            ["IngestStorage:queueServiceUri"] = "https://st.queue.core.windows.net",
            ["IngestStorage:credential"] = "managedidentity",
            ["IngestStorage:clientId"] = "11111111-2222-3333-4444-555555555555",
        });

        Assert.Equal(new Uri("https://st.blob.core.windows.net"), options?.BlobServiceUri);
        Assert.Equal(new Uri("https://st.queue.core.windows.net"), options?.QueueServiceUri);
        Assert.Equal("11111111-2222-3333-4444-555555555555", options?.ManagedIdentityClientId);
        Assert.Null(options?.ConnectionString);
    }

    [Fact]
    public void TryApply_ServiceUriOnly_DerivesTheQueueEndpoint()
    {
        var options = Apply(new() { ["IngestStorage:serviceUri"] = "https://st.blob.core.windows.net/" });

        Assert.Equal(new Uri("https://st.blob.core.windows.net/"), options?.BlobServiceUri);
        Assert.Equal(new Uri("https://st.queue.core.windows.net/"), options?.QueueServiceUri);
    }

    [Fact]
    public void TryApply_ServiceUriOfAnotherShape_LeavesTheQueueEndpointUnset()
    {
        var options = Apply(new() { ["IngestStorage:serviceUri"] = "http://127.0.0.1:10000/devstoreaccount1" });

        Assert.NotNull(options?.BlobServiceUri);
        Assert.Null(options?.QueueServiceUri);
    }

    [Fact]
    public void TryApply_AccountName_UsesThePublicEndpoints()
    {
        var options = Apply(new() { ["IngestStorage:accountName"] = "st" });

        Assert.Equal(new Uri("https://st.blob.core.windows.net"), options?.BlobServiceUri);
        Assert.Equal(new Uri("https://st.queue.core.windows.net"), options?.QueueServiceUri);
    }

    [Fact]
    public void TryApply_PrefixedAndConnectionStringsForms_FollowTheHostsOrder()
    {
        var options = Apply(new()
        {
            ["IngestStorage"] = "plain",
            ["ConnectionStrings:IngestStorage"] = "from-connection-strings",
            ["AzureWebJobsIngestStorage"] = "prefixed",
        });

        Assert.Equal("prefixed", options?.ConnectionString);
        Assert.Equal("from-connection-strings", Apply(new() { ["IngestStorage"] = "plain", ["ConnectionStrings:IngestStorage"] = "from-connection-strings" })?.ConnectionString);
    }

    [Fact]
    public void TryApply_NotConfigured_ReturnsFalse() => Assert.Null(Apply(new() { ["Other"] = "x" }));

    private static AzureStorageOptions? Apply(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var options = new AzureStorageOptions();
        return StorageConnectionSettings.TryApply(configuration, "IngestStorage", options) ? options : null;
    }
}
