// Blob events of the storage account. BlobDeleted goes to the blob-events queue that RemoveArticle
// reads, delivered with the system topic's own identity (shared keys are off, and the topic needs no
// more than to send messages to that one queue). BlobCreated goes to the blob trigger's webhook,
// whose URL carries the blobs_extension system key that exists only once the code is deployed: the
// post-deploy script (infra/scripts/postdeploy.sh) creates that subscription.

@description('Name of the system topic.')
param name string

@description('Region of the storage account (a system topic lives where its source does).')
param location string

@description('Tags for the topic.')
param tags object

@description('Name of the storage account whose events the topic publishes.')
param storageAccountName string

@description('Container whose blobs are articles.')
param articlesContainer string

@description('Queue that receives BlobDeleted events.')
param blobEventsQueue string

var storageQueueDataMessageSender = 'c6a89b2d-59bc-44d0-9896-0f6e12d7b80a'

resource account 'Microsoft.Storage/storageAccounts@2025-01-01' existing = {
  name: storageAccountName

  resource queueService 'queueServices' existing = {
    name: 'default'

    resource queue 'queues' existing = {
      name: blobEventsQueue
    }
  }
}

resource topic 'Microsoft.EventGrid/systemTopics@2025-02-15' = {
  name: name
  location: location
  tags: tags
  identity: {
    type: 'SystemAssigned'
  }
  properties: {
    source: account.id
    topicType: 'Microsoft.Storage.StorageAccounts'
  }
}

// Scoped to the one queue: the topic may send there and nowhere else.
resource senderAssignment 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(account::queueService::queue.id, topic.id, storageQueueDataMessageSender)
  scope: account::queueService::queue
  properties: {
    principalId: topic.identity.principalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', storageQueueDataMessageSender)
  }
}

resource blobDeleted 'Microsoft.EventGrid/systemTopics/eventSubscriptions@2025-02-15' = {
  parent: topic
  name: 'blob-deleted'
  // The role must exist before Event Grid first delivers with the identity.
  dependsOn: [
    senderAssignment
  ]
  properties: {
    eventDeliverySchema: 'EventGridSchema'
    filter: {
      includedEventTypes: [
        'Microsoft.Storage.BlobDeleted'
      ]
      subjectBeginsWith: '/blobServices/default/containers/${articlesContainer}/'
    }
    deliveryWithResourceIdentity: {
      identity: {
        type: 'SystemAssigned'
      }
      destination: {
        endpointType: 'StorageQueue'
        properties: {
          resourceId: account.id
          queueName: blobEventsQueue
          // Kept for a week; the scheduled re-index removes whatever expires unread.
          queueMessageTimeToLiveInSeconds: 604800
        }
      }
    }
    retryPolicy: {
      maxDeliveryAttempts: 30
      eventTimeToLiveInMinutes: 1440
    }
  }
}

output name string = topic.name
