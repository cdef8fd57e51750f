// Roles on the search service, deployed into the service's own resource group (which may hold an
// existing service; the deploying principal must then be allowed to assign roles there).

@description('Name of the search service.')
param searchServiceName string

@description('Resource group of the app\'s user-assigned identity.')
param appIdentityResourceGroupName string

@description('Name of the app\'s user-assigned identity.')
param appIdentityName string

@description('Object id of a person or group who queries the index directly; empty for none.')
param userPrincipalId string

@description('Type of that principal.')
@allowed([
  'User'
  'Group'
  'ServicePrincipal'
])
param userPrincipalType string

var roles = {
  // Upload, merge and delete documents, and query.
  searchIndexDataContributor: '8ebe5a00-799e-43f5-93ac-243d3dce84a7'
  // Create and update the index definition at start-up (index management is control plane).
  searchServiceContributor: '7ca78c08-252a-4471-8644-bb5ff32d4ba0'
  // People: query the index in the portal's search explorer.
  searchIndexDataReader: '1407120a-92aa-4202-b7e9-c0e197c71c8f'
}

var appRoles = [
  roles.searchIndexDataContributor
  roles.searchServiceContributor
]

resource search 'Microsoft.Search/searchServices@2025-05-01' existing = {
  name: searchServiceName
}

resource appIdentity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' existing = {
  name: appIdentityName
  scope: resourceGroup(appIdentityResourceGroupName)
}

resource appAssignments 'Microsoft.Authorization/roleAssignments@2022-04-01' = [
  for role in appRoles: {
    name: guid(search.id, appIdentity.id, role)
    scope: search
    properties: {
      principalId: appIdentity.properties.principalId
      principalType: 'ServicePrincipal'
      roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', role)
    }
  }
]

resource userAssignment 'Microsoft.Authorization/roleAssignments@2022-04-01' = if (!empty(userPrincipalId)) {
  name: guid(search.id, userPrincipalId, roles.searchIndexDataReader)
  scope: search
  properties: {
    principalId: userPrincipalId
    principalType: userPrincipalType
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roles.searchIndexDataReader)
  }
}
