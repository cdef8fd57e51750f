// Azure AI Search, reachable with Entra ID only (API keys off) unless keys are asked for.

@description('Name of the search service (2-60 lower-case letters, digits and hyphens; globally unique).')
@minLength(2)
@maxLength(60)
param name string

@description('Region of the service.')
param location string

@description('Tags for the service.')
param tags object

@description('Pricing tier. free: one per subscription, 50 MB, no semantic ranker; basic: 2 GB per partition; standard: 25 GB per partition.')
@allowed([
  'free'
  'basic'
  'standard'
  'standard2'
  'standard3'
])
param sku string

@description('Semantic ranker plan: disabled, free (1,000 queries a month) or standard (billed per query). Not available on the free tier.')
@allowed([
  'disabled'
  'free'
  'standard'
])
param semanticSearch string

@description('Replicas (1-12): two give read availability, three read-write availability. The free tier has one.')
@minValue(1)
@maxValue(12)
param replicaCount int

@description('Accept API keys as well as Entra ID. Off by default: the app authenticates with its managed identity.')
param allowApiKeys bool

resource search 'Microsoft.Search/searchServices@2025-05-01' = {
  name: name
  location: location
  tags: tags
  sku: {
    name: sku
  }
  properties: {
    replicaCount: sku == 'free' ? 1 : replicaCount
    partitionCount: 1
    hostingMode: 'Default'
    publicNetworkAccess: 'enabled'
    // The free tier has no semantic ranker; sending any value but null fails the deployment.
    semanticSearch: sku == 'free' ? null : semanticSearch
    disableLocalAuth: !allowApiKeys
    // With keys allowed, Entra ID must be allowed too (the default is keys only).
    authOptions: allowApiKeys
      ? {
          aadOrApiKey: {
            aadAuthFailureMode: 'http401WithBearerChallenge'
          }
        }
      : null
  }
}

output name string = search.name
