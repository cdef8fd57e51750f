// The Functions app on a Flex Consumption plan (Linux, .NET isolated worker), running as the
// user-assigned identity, with identity-based connections only.
//
// Flex Consumption rejects the classic runtime settings (FUNCTIONS_WORKER_RUNTIME,
// FUNCTIONS_EXTENSION_VERSION, WEBSITE_RUN_FROM_PACKAGE, WEBSITE_CONTENT*): the runtime and the
// package location live in functionAppConfig instead.
//
// Every setting the app's code reads is listed below with its value, defaults included, so that
// all of them show in the portal; tests compare this list with the options classes of the code.

import { storageNames } from 'names.bicep'

@description('Name of the function app (its default host name is NAME.azurewebsites.net or a unique variant).')
param name string

@description('Name of the Flex Consumption plan.')
param planName string

@description('Region of the plan and the app.')
param location string

@description('Tags for the plan and the app; the app also gets the azd service tag.')
param tags object

@description('Resource id of the user-assigned identity the app runs as.')
param identityId string

@description('Client id of that identity.')
param identityClientId string

@description('Blob endpoint of the storage account, e.g. https://ACCOUNT.blob.core.windows.net/.')
param storageBlobEndpoint string

@description('Queue endpoint of the storage account.')
param storageQueueEndpoint string

@description('Table endpoint of the storage account (the Functions host keeps diagnostics there).')
param storageTableEndpoint string

@description('Container the plan deploys the app package from.')
param deploymentContainerName string

@description('Application Insights connection string.')
param applicationInsightsConnectionString string

@description('.NET version of the isolated worker (functionAppConfig.runtime.version).')
param runtimeVersion string

@description('Most instances the app scales out to.')
@minValue(40)
@maxValue(1000)
param maximumInstanceCount int

@description('Memory of each instance in MB.')
@allowed([
  512
  2048
  4096
])
param instanceMemoryMB int

@description('Six-field NCRONTAB schedule of the re-index job (seconds first), in UTC.')
param reindexSchedule string

@description('Endpoint of the Azure AI Search service, e.g. https://NAME.search.windows.net.')
param searchEndpoint string

@description('Name of the search index the app creates and writes.')
param searchIndexName string

@description('Semantic configuration the app creates on the index and queries with; empty for none (no semantic ranker).')
param searchSemanticConfiguration string

@description('Admin key of the search service; empty to use the managed identity (recommended).')
@secure()
param searchApiKey string

resource plan 'Microsoft.Web/serverfarms@2024-11-01' = {
  name: planName
  location: location
  tags: tags
  kind: 'functionapp'
  sku: {
    tier: 'FlexConsumption'
    name: 'FC1'
  }
  properties: {
    reserved: true
  }
}

resource app 'Microsoft.Web/sites@2024-11-01' = {
  name: name
  location: location
  tags: union(tags, { 'azd-service-name': 'functions' })
  kind: 'functionapp,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identityId}': {}
    }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    siteConfig: {
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
      http20Enabled: true
    }
    functionAppConfig: {
      deployment: {
        storage: {
          type: 'blobContainer'
          value: '${storageBlobEndpoint}${deploymentContainerName}'
          authentication: {
            type: 'UserAssignedIdentity'
            userAssignedIdentityResourceId: identityId
          }
        }
      }
      scaleAndConcurrency: {
        maximumInstanceCount: maximumInstanceCount
        instanceMemoryMB: instanceMemoryMB
      }
      runtime: {
        name: 'dotnet-isolated'
        version: runtimeVersion
      }
    }
  }
}

resource appSettings 'Microsoft.Web/sites/config@2024-11-01' = {
  parent: app
  name: 'appsettings'
  properties: {
    // The Functions host's own storage, through the identity.
    AzureWebJobsStorage__credential: 'managedidentity'
    AzureWebJobsStorage__clientId: identityClientId
    AzureWebJobsStorage__blobServiceUri: storageBlobEndpoint
    AzureWebJobsStorage__queueServiceUri: storageQueueEndpoint
    AzureWebJobsStorage__tableServiceUri: storageTableEndpoint

    // The IngestStorage connection of the triggers, which the storage adapters read too
    // (Ingest:AzureStorage falls back to it), so Ingest__AzureStorage__ConnectionString,
    // __BlobServiceUri, __QueueServiceUri and __ManagedIdentityClientId stay unset.
    IngestStorage__credential: 'managedidentity'
    IngestStorage__clientId: identityClientId
    IngestStorage__blobServiceUri: storageBlobEndpoint
    IngestStorage__queueServiceUri: storageQueueEndpoint

    // Telemetry signed with the identity (the component accepts no instrumentation key alone).
    APPLICATIONINSIGHTS_CONNECTION_STRING: applicationInsightsConnectionString
    APPLICATIONINSIGHTS_AUTHENTICATION_STRING: 'ClientId=${identityClientId};Authorization=AAD'

    // The identity DefaultAzureCredential picks when a client names none.
    AZURE_CLIENT_ID: identityClientId

    ReindexSchedule: reindexSchedule

    // The embedded Lucene index would live on one instance's local disk: Azure uses AI Search.
    Ingest__Index__Provider: 'AzureSearch'
    Ingest__AzureSearch__Endpoint: searchEndpoint
    Ingest__AzureSearch__IndexName: searchIndexName
    Ingest__AzureSearch__SemanticConfiguration: searchSemanticConfiguration
    Ingest__AzureSearch__ApiKey: searchApiKey
    // The search client passes this to DefaultAzureCredential explicitly, so AZURE_CLIENT_ID alone
    // would not reach it.
    Ingest__AzureSearch__ManagedIdentityClientId: identityClientId
    Ingest__AzureSearch__BatchSize: '500'
    Ingest__AzureSearch__MaxRetries: '4'
    Ingest__AzureSearch__RetryDelay: '00:00:01'
    Ingest__AzureSearch__AttemptTimeout: '00:00:30'
    Ingest__AzureSearch__BreakDuration: '00:00:15'

    // Storage adapters: names fixed by the trigger bindings, and the download limit.
    Ingest__AzureStorage__ArticlesContainer: storageNames.articlesContainer
    Ingest__AzureStorage__QuarantineContainer: storageNames.quarantineContainer
    Ingest__AzureStorage__StateContainer: storageNames.stateContainer
    Ingest__AzureStorage__WorkQueue: storageNames.workQueue
    Ingest__AzureStorage__BlobEventsQueue: storageNames.blobEventsQueue
    Ingest__AzureStorage__MaxDownloadBytes: '67108864'

    // Pipeline stages: the code's defaults, written out so they can be seen and changed here.
    Ingest__Extraction__MaxFileBytes: '52428800'
    Ingest__Extraction__MaxExpandedBytes: '209715200'
    Ingest__Extraction__MaxHtmlDepth: '512'
    Ingest__Chunking__MaxChars: '500'
    Ingest__Chunking__OverlapSentences: '1'
    Ingest__Chunking__MaxOverlapChars: '150'
    Ingest__Chunking__MinChars: '80'
    Ingest__Chunking__Tokenizer: 'None'
    Ingest__Chunking__MaxTokens: ''
    Ingest__Tagging__TaxonomyPath: ''
    Ingest__Tagging__JiebaResourcesPath: ''
    Ingest__Tagging__ThemeThreshold: '0.35'
    Ingest__Tagging__ThemeTopK: '3'
    Ingest__Tagging__KeyPhraseCount: '10'
    Ingest__Ingestion__MaxTransientAttempts: '5'

    // Re-index runs: the code's defaults. Runs, the index catalog and the lease live in the state
    // container, shared by every instance; each instance re-reads the catalog every RefreshInterval.
    Ingest__Reindex__PageSize: '500'
    Ingest__Reindex__IdleLimit: '00:10:00'
    Ingest__Reindex__FlushInterval: '00:00:01'
    Ingest__Reindex__MaxVerifyRounds: '3'
    Ingest__Reindex__KeptRuns: '20'
    Ingest__Index__Shared: 'true'
    Ingest__Index__RefreshInterval: '00:00:05'
  }
}

// No FTP or SCM basic-auth publishing: deployments go through Entra ID (azd, the CLI).
resource ftpPublishing 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2024-11-01' = {
  parent: app
  name: 'ftp'
  properties: {
    allow: false
  }
}

resource scmPublishing 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2024-11-01' = {
  parent: app
  name: 'scm'
  properties: {
    allow: false
  }
}

output name string = app.name
output defaultHostName string = app.properties.defaultHostName
