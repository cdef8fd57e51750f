using Ingest.Azure.Storage;

namespace Ingest.Azure.Tests.Storage;

public sealed class AzureStorageOptionsValidatorTests
{
    [Fact]
    public void Validate_ConnectionString_Succeeds() =>
        Assert.True(Validate(new() { ConnectionString = "UseDevelopmentStorage=true" }).Succeeded);

    [Fact]
    public void Validate_BothServiceUris_Succeeds() =>
        Assert.True(Validate(new() { BlobServiceUri = new("https://st.blob.core.windows.net"), QueueServiceUri = new("https://st.queue.core.windows.net") }).Succeeded);

    [Fact]
    public void Validate_NothingConfigured_FailsNamingTheSettings()
    {
        var result = Validate(new());

        Assert.True(result.Failed);
        Assert.Contains("IngestStorage", result.FailureMessage);
        Assert.Contains("Ingest:AzureStorage:ConnectionString", result.FailureMessage);
    }

    [Fact]
    public void Validate_ConnectionStringAndUris_Fails() =>
        Assert.True(Validate(new() { ConnectionString = "UseDevelopmentStorage=true", BlobServiceUri = new("https://st.blob.core.windows.net") }).Failed);

    [Fact]
    public void Validate_OnlyTheBlobUri_FailsNamingTheQueueUri()
    {
        var result = Validate(new() { BlobServiceUri = new("https://st.blob.core.windows.net") });

        Assert.True(result.Failed);
        Assert.Contains("QueueServiceUri", result.FailureMessage);
    }

    private static Microsoft.Extensions.Options.ValidateOptionsResult Validate(AzureStorageOptions options) =>
        new AzureStorageOptionsValidator().Validate(null, options);
}
