// Names the app's code fixes at compile time (Ingest.Azure's StorageNames): the trigger bindings
// name these containers and queues, so the template must create exactly these. A test compares them.

@export()
@description('Containers and queues of the IngestStorage connection.')
var storageNames = {
  articlesContainer: 'articles'
  quarantineContainer: 'quarantine'
  stateContainer: 'ingest-state'
  workQueue: 'ingest-work'
  blobEventsQueue: 'blob-events'
}

@export()
@description('Name of the blob-triggered function that Event Grid delivers BlobCreated events to.')
var ingestFunctionName = 'IngestArticle'
