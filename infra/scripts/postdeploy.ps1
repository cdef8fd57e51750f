# azd post-deploy hook, the Windows twin of postdeploy.sh: points the BlobCreated Event Grid
# subscription of the storage account's system topic at the IngestArticle blob trigger. The webhook
# URL carries the blobs_extension system key, which the Functions host creates only once the
# deployed code has started, so Bicep cannot create this subscription. Safe to run again.
#
# Reads the azd environment (the outputs of infra/main.bicep) and needs the Azure CLI signed in.
# The subscription goes through `az rest` with a JSON body file: on Windows `az` is a batch file,
# and a '&' in an argument would be taken by cmd.exe as a command separator.
$ErrorActionPreference = 'Stop'

$subscriptionName = 'blob-created'
$eventGridApiVersion = '2025-02-15'
$attempts = if ($env:POSTDEPLOY_KEY_ATTEMPTS) { [int]$env:POSTDEPLOY_KEY_ATTEMPTS } else { 30 }
$delaySeconds = if ($env:POSTDEPLOY_KEY_DELAY_SECONDS) { [int]$env:POSTDEPLOY_KEY_DELAY_SECONDS } else { 10 }

$required = @(
  'AZURE_SUBSCRIPTION_ID', 'AZURE_RESOURCE_GROUP', 'AZURE_FUNCTION_APP_NAME', 'AZURE_FUNCTION_URL',
  'AZURE_FUNCTION_NAME_INGEST', 'AZURE_EVENTGRID_SYSTEM_TOPIC_NAME', 'AZURE_STORAGE_ARTICLES_CONTAINER')
foreach ($name in $required) {
  if (-not [Environment]::GetEnvironmentVariable($name)) {
    throw "postdeploy: $name is not set; run this through azd (azd up or azd deploy), or set the outputs of infra/main.bicep."
  }
}

if (-not (Get-Command az -ErrorAction SilentlyContinue)) {
  throw 'postdeploy: the Azure CLI (az) is needed to read the function key and create the Event Grid subscription.'
}

# The host writes the key when it first starts with the blob trigger, which can be a little after
# the deployment returns; listing the keys also wakes an app that has scaled to zero.
$key = ''
for ($attempt = 1; $attempt -le $attempts; $attempt++) {
  $key = az functionapp keys list --subscription $env:AZURE_SUBSCRIPTION_ID --resource-group $env:AZURE_RESOURCE_GROUP `
    --name $env:AZURE_FUNCTION_APP_NAME --query 'systemKeys.blobs_extension' --output tsv 2>$null
  if ($key) { $key = "$key".Trim() }
  if ($key) { break }
  Write-Host "postdeploy: waiting for the blobs_extension key of $($env:AZURE_FUNCTION_APP_NAME) ($attempt/$attempts)..."
  Start-Sleep -Seconds $delaySeconds
}
if (-not $key) {
  throw 'postdeploy: the app has no blobs_extension system key yet; check that the deployment succeeded and the app starts, then run this again: azd hooks run postdeploy'
}

$endpoint = "$($env:AZURE_FUNCTION_URL.TrimEnd('/'))/runtime/webhooks/blobs?functionName=Host.Functions.$($env:AZURE_FUNCTION_NAME_INGEST)&code=$key"
$subjectPrefix = "/blobServices/default/containers/$($env:AZURE_STORAGE_ARTICLES_CONTAINER)/"
$uri = "/subscriptions/$($env:AZURE_SUBSCRIPTION_ID)/resourceGroups/$($env:AZURE_RESOURCE_GROUP)/providers/Microsoft.EventGrid/systemTopics/$($env:AZURE_EVENTGRID_SYSTEM_TOPIC_NAME)/eventSubscriptions/$subscriptionName" + "?api-version=$eventGridApiVersion"

$body = @{
  properties = @{
    destination = @{
      endpointType = 'WebHook'
      properties = @{
        endpointUrl = $endpoint
        maxEventsPerBatch = 1
        preferredBatchSizeInKilobytes = 64
      }
    }
    filter = @{
      includedEventTypes = @('Microsoft.Storage.BlobCreated')
      subjectBeginsWith = $subjectPrefix
    }
    eventDeliverySchema = 'EventGridSchema'
    retryPolicy = @{
      maxDeliveryAttempts = 30
      eventTimeToLiveInMinutes = 1440
    }
  }
}
$bodyFile = New-TemporaryFile
try {
  $body | ConvertTo-Json -Depth 10 | Set-Content -Path $bodyFile -Encoding utf8
  Write-Host "postdeploy: creating or updating the Event Grid subscription $subscriptionName..."
  az rest --method put --uri $uri --body "@$bodyFile" --output none
  if ($LASTEXITCODE -ne 0) { throw "postdeploy: az rest exited with $LASTEXITCODE." }
} finally {
  Remove-Item -Path $bodyFile -ErrorAction SilentlyContinue
}

Write-Host "postdeploy: BlobCreated events under $subjectPrefix now go to $($env:AZURE_FUNCTION_NAME_INGEST)."
