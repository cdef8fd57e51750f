using Ingest.Azure;

namespace Ingest.Deployment.Tests.Bicep;

/// <summary>The system topic's BlobDeleted subscription feeds the queue that RemoveArticle reads.</summary>
public sealed class EventGridTemplateTests(CompiledTemplate compiled)
{
    [Fact]
    public void SystemTopic_Source_IsTheStorageAccount()
    {
        var topic = compiled.Template.Single("Microsoft.EventGrid/systemTopics");

        Assert.Equal("Microsoft.Storage.StorageAccounts", topic.Properties.GetProperty("topicType").GetString());
    }

    [Fact]
    public void BlobDeletedSubscription_ArticlesContainer_GoesToTheBlobEventsQueueWithTheTopicIdentity()
    {
        var subscription = compiled.Template.Single("Microsoft.EventGrid/systemTopics/eventSubscriptions");
        var properties = subscription.Properties;
        var filter = properties.GetProperty("filter");
        var delivery = properties.GetProperty("deliveryWithResourceIdentity");
        var destination = delivery.GetProperty("destination");

        Assert.Equal(["Microsoft.Storage.BlobDeleted"], filter.GetProperty("includedEventTypes").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(
            $"/blobServices/default/containers/{StorageNames.ArticlesContainer}/",
            ArmTemplate.TryEvaluateString(filter.GetProperty("subjectBeginsWith"), subscription.Scope));
        Assert.Equal("SystemAssigned", delivery.GetProperty("identity").GetProperty("type").GetString());
        Assert.Equal("StorageQueue", destination.GetProperty("endpointType").GetString());
        Assert.Equal(
            StorageNames.BlobEventsQueue,
            ArmTemplate.TryEvaluateString(destination.GetProperty("properties").GetProperty("queueName"), subscription.Scope));
    }
}
