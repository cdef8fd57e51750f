// Azure deployment of the article ingestion and search app (`azd up`; see infra/README.md):
// a Flex Consumption function app running as a user-assigned identity; one storage account with
// shared keys off (articles, quarantine, state, the work and blob-events queues, the app package);
// Azure AI Search (or an existing service); Log Analytics and Application Insights; the role
// assignments; and the Event Grid system topic with the BlobDeleted subscription. The BlobCreated
// subscription needs the deployed code's blobs_extension key: the post-deploy hook creates it.
targetScope = 'subscription'

import { storageNames, ingestFunctionName } from 'modules/names.bicep'

@minLength(1)
@maxLength(64)
@description('Name of the azd environment; seeds the unique resource names.')
param environmentName string

@minLength(1)
@description('Region of every resource (pick one that offers Flex Consumption).')
@metadata({ azd: { type: 'location' } })
param location string

@description('Resource group to create or reuse; default rg-ENVIRONMENT.')
param resourceGroupName string = ''

@description('Object id of a person or group given data access for uploads and inspection (azd passes the signed-in user); empty for none.')
param principalId string = ''

@description('Type of principalId.')
@allowed([
  'User'
  'Group'
  'ServicePrincipal'
])
param principalType string = 'User'

@description('.NET version of the isolated worker on Flex Consumption (functionAppConfig.runtime.version).')
@allowed([
  '8.0'
  '9.0'
  '10.0'
])
param functionRuntimeVersion string = '10.0'

@description('Most instances the function app scales out to.')
@minValue(40)
@maxValue(1000)
param maximumInstanceCount int = 100

@description('Memory of each function app instance in MB.')
@allowed([
  512
  2048
  4096
])
param instanceMemoryMB int = 2048

@description('Six-field NCRONTAB schedule of the re-index job, in UTC. Default: daily at 02:00.')
param reindexSchedule string = '0 0 2 * * *'

@description('Search pricing tier of a new service: free (one per subscription), basic or standard.')
@allowed([
  'free'
  'basic'
  'standard'
  'standard2'
  'standard3'
])
param searchSku string = 'basic'

@description('Semantic ranker plan of a new service: disabled, free or standard. Ignored on the free tier.')
@allowed([
  'disabled'
  'free'
  'standard'
])
param searchSemanticSearch string = 'disabled'

@description('Replicas of a new search service.')
@minValue(1)
@maxValue(12)
param searchReplicaCount int = 1

@description('Let a new search service accept API keys besides Entra ID.')
param searchAllowApiKeys bool = false

@description('Region of a new search service; default the main region (AI Search is not offered everywhere Flex Consumption is).')
param searchLocation string = ''

@description('Name of an existing search service to use instead of creating one; empty to create one.')
param existingSearchServiceName string = ''

@description('Resource group of that existing service; default the app\'s resource group.')
param existingSearchResourceGroupName string = ''

@description('Name of the search index the app creates and writes; a full re-index builds NAME-g2, NAME-g3, ... beside it and switches, so at most 116 characters.')
@minLength(2)
@maxLength(116)
param searchIndexName string = 'articles'

@description('Semantic configuration the app creates on the index and queries with. Default: \'default\' when a new service has the semantic ranker, else none.')
param searchSemanticConfiguration string = ''

@description('Admin key of the search service; leave empty to use the managed identity (recommended).')
@secure()
param searchApiKey string = ''

@description('Days Log Analytics keeps data.')
@minValue(30)
@maxValue(730)
param logRetentionInDays int = 30

@description('Daily Log Analytics ingestion cap in GB; -1 for none.')
param logDailyQuotaGb int = -1

@description('Days a deleted article stays recoverable in storage; 0 turns soft delete off.')
@minValue(0)
@maxValue(365)
param blobDeleteRetentionDays int = 7

var resourceToken = toLower(uniqueString(subscription().id, environmentName, location))
var tags = { 'azd-env-name': environmentName }
var names = {
  identity: 'id-${resourceToken}'
  logAnalytics: 'log-${resourceToken}'
  applicationInsights: 'appi-${resourceToken}'
  storageAccount: 'st${resourceToken}'
  functionApp: 'func-${resourceToken}'
  plan: 'plan-${resourceToken}'
  systemTopic: 'evgt-${resourceToken}'
}
// Flex Consumption pulls the package from here; one container per app.
var deploymentContainerName = 'app-package-${resourceToken}'
var createSearch = empty(existingSearchServiceName)
var searchServiceName = createSearch ? 'srch-${resourceToken}' : existingSearchServiceName
// Semantic ranking needs a configuration on the index; the app creates the one it is told to use.
var semanticConfiguration = !empty(searchSemanticConfiguration)
  ? searchSemanticConfiguration
  : (createSearch && searchSku != 'free' && searchSemanticSearch != 'disabled' ? 'default' : '')
var searchResourceGroupName = createSearch || empty(existingSearchResourceGroupName)
  ? rg.name
  : existingSearchResourceGroupName

resource rg 'Microsoft.Resources/resourceGroups@2024-03-01' = {
  name: empty(resourceGroupName) ? 'rg-${environmentName}' : resourceGroupName
  location: location
  tags: tags
}

module identity 'modules/identity.bicep' = {
  name: 'identity'
  scope: rg
  params: {
    name: names.identity
    location: location
    tags: tags
  }
}

module monitoring 'modules/monitoring.bicep' = {
  name: 'monitoring'
  scope: rg
  params: {
    logAnalyticsName: names.logAnalytics
    applicationInsightsName: names.applicationInsights
    location: location
    tags: tags
    retentionInDays: logRetentionInDays
    dailyQuotaGb: logDailyQuotaGb
  }
}

module storage 'modules/storage.bicep' = {
  name: 'storage'
  scope: rg
  params: {
    name: names.storageAccount
    location: location
    tags: tags
    containerNames: [
      storageNames.articlesContainer
      storageNames.quarantineContainer
      storageNames.stateContainer
      deploymentContainerName
    ]
    queueNames: [
      storageNames.workQueue
      storageNames.blobEventsQueue
    ]
    deleteRetentionDays: blobDeleteRetentionDays
  }
}

module search 'modules/search.bicep' = if (createSearch) {
  name: 'search'
  scope: rg
  params: {
    name: searchServiceName
    location: empty(searchLocation) ? location : searchLocation
    tags: tags
    sku: searchSku
    semanticSearch: searchSemanticSearch
    replicaCount: searchReplicaCount
    allowApiKeys: searchAllowApiKeys
  }
}

module functionApp 'modules/function-app.bicep' = {
  name: 'function-app'
  scope: rg
  params: {
    name: names.functionApp
    planName: names.plan
    location: location
    tags: tags
    identityId: identity.outputs.id
    identityClientId: identity.outputs.clientId
    storageBlobEndpoint: storage.outputs.blobEndpoint
    storageQueueEndpoint: storage.outputs.queueEndpoint
    storageTableEndpoint: storage.outputs.tableEndpoint
    deploymentContainerName: deploymentContainerName
    applicationInsightsConnectionString: monitoring.outputs.connectionString
    runtimeVersion: functionRuntimeVersion
    maximumInstanceCount: maximumInstanceCount
    instanceMemoryMB: instanceMemoryMB
    reindexSchedule: reindexSchedule
    searchEndpoint: 'https://${searchServiceName}.search.windows.net'
    searchIndexName: searchIndexName
    searchSemanticConfiguration: semanticConfiguration
    searchApiKey: searchApiKey
  }
  // The app starts as soon as it exists: let it find its roles in place.
  dependsOn: [
    storageAccess
    searchAccess
    monitoringAccess
  ]
}

module storageAccess 'modules/storage-access.bicep' = {
  name: 'storage-access'
  scope: rg
  params: {
    storageAccountName: names.storageAccount
    appIdentityName: names.identity
    userPrincipalId: principalId
    userPrincipalType: principalType
  }
  dependsOn: [
    storage
    identity
  ]
}

module searchAccess 'modules/search-access.bicep' = {
  name: 'search-access'
  scope: resourceGroup(searchResourceGroupName)
  params: {
    searchServiceName: searchServiceName
    appIdentityResourceGroupName: rg.name
    appIdentityName: names.identity
    userPrincipalId: principalId
    userPrincipalType: principalType
  }
  dependsOn: [
    search
    identity
  ]
}

module monitoringAccess 'modules/monitoring-access.bicep' = {
  name: 'monitoring-access'
  scope: rg
  params: {
    applicationInsightsName: names.applicationInsights
    appIdentityName: names.identity
  }
  dependsOn: [
    monitoring
    identity
  ]
}

module eventGrid 'modules/event-grid.bicep' = {
  name: 'event-grid'
  scope: rg
  params: {
    name: names.systemTopic
    location: location
    tags: tags
    storageAccountName: names.storageAccount
    articlesContainer: storageNames.articlesContainer
    blobEventsQueue: storageNames.blobEventsQueue
  }
  dependsOn: [
    storage
  ]
}

output AZURE_LOCATION string = location
output AZURE_TENANT_ID string = tenant().tenantId
output AZURE_RESOURCE_GROUP string = rg.name
output AZURE_FUNCTION_APP_NAME string = functionApp.outputs.name
output AZURE_FUNCTION_URL string = 'https://${functionApp.outputs.defaultHostName}'
output AZURE_FUNCTION_NAME_INGEST string = ingestFunctionName
output AZURE_STORAGE_ACCOUNT_NAME string = storage.outputs.name
output AZURE_STORAGE_BLOB_ENDPOINT string = storage.outputs.blobEndpoint
output AZURE_STORAGE_ARTICLES_CONTAINER string = storageNames.articlesContainer
output AZURE_EVENTGRID_SYSTEM_TOPIC_NAME string = eventGrid.outputs.name
output AZURE_SEARCH_SERVICE_NAME string = searchServiceName
output AZURE_SEARCH_ENDPOINT string = 'https://${searchServiceName}.search.windows.net'
output AZURE_SEARCH_INDEX_NAME string = searchIndexName
