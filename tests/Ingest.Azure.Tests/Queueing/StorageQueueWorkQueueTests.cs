using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Azure.Storage.Queues;
using Ingest.Azure.Queueing;
using Ingest.Pipeline.Queueing;
using Ingest.Testing.Azurite;

namespace Ingest.Azure.Tests.Queueing;

public sealed class StorageQueueWorkQueueTests(AzuriteFixture azurite)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task EnqueueAsync_Item_WritesBase64CamelCaseJsonThatAQueueClientReadsBack()
    {
        var storage = await TestStorage.CreateAsync(azurite);
        var item = new WorkItem(WorkKind.Remove, "2024/粤 news.txt", Force: true, ReindexId: "run-7");

        await CreateSut(storage).EnqueueAsync(item, Cancel);

        // Read the raw wire text, as the Functions host does before decoding it.
        var raw = new QueueClient(azurite.ConnectionString, storage.Settings.WorkQueue, new QueueClientOptions { MessageEncoding = QueueMessageEncoding.None });
        var message = Assert.Single((await raw.ReceiveMessagesAsync(maxMessages: 32, cancellationToken: Cancel)).Value);
        var json = Encoding.UTF8.GetString(Convert.FromBase64String(message.Body.ToString()));
        using var document = JsonDocument.Parse(json);
        Assert.Equal("Remove", document.RootElement.GetProperty("kind").GetString());
        Assert.Equal("2024/粤 news.txt", document.RootElement.GetProperty("path").GetString());
        var webDefaults = new JsonSerializerOptions(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };
        Assert.Equal(item, JsonSerializer.Deserialize<WorkItem>(json, webDefaults));
        Assert.Equal(item, WorkItemMessage.Deserialize(json));
    }

    [Fact]
    public async Task EnqueueAsync_QueueMissing_CreatesItOnce()
    {
        var storage = TestStorage.Describe(azurite);
        var sut = CreateSut(storage);

        await Task.WhenAll(Enumerable.Range(0, 5).Select(i => sut.EnqueueAsync(new WorkItem(WorkKind.Ingest, $"{i}.txt"), Cancel)));

        var properties = await storage.Queues.GetQueueClient(storage.Settings.WorkQueue).GetPropertiesAsync(Cancel);
        Assert.Equal(5, properties.Value.ApproximateMessagesCount);
    }

    [Fact]
    public void Deserialize_KindAsNumber_IsAccepted() =>
        Assert.Equal(new WorkItem(WorkKind.Remove, "a.txt"), WorkItemMessage.Deserialize("""{"kind":1,"path":"a.txt"}"""));

    private static StorageQueueWorkQueue CreateSut(TestStorage storage) => new(storage.Queues, storage.Options);
}
