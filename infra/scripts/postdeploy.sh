#!/bin/sh
# azd post-deploy hook: points the BlobCreated Event Grid subscription of the storage account's
# system topic at the IngestArticle blob trigger. The webhook URL carries the blobs_extension system
# key, which the Functions host creates only once the deployed code has started, so Bicep cannot
# create this subscription. Safe to run again: the PUT creates or replaces the subscription.
#
# Reads the azd environment (the outputs of infra/main.bicep): AZURE_SUBSCRIPTION_ID,
# AZURE_RESOURCE_GROUP, AZURE_FUNCTION_APP_NAME, AZURE_FUNCTION_URL, AZURE_FUNCTION_NAME_INGEST,
# AZURE_EVENTGRID_SYSTEM_TOPIC_NAME and AZURE_STORAGE_ARTICLES_CONTAINER. Needs the Azure CLI
# signed in (`az login`) with rights on the resource group.
#
# Plain POSIX sh, because azd may run it with sh or bash. The subscription goes through `az rest`
# with a JSON body file, so the webhook URL (which holds '&') never passes through a shell's or a
# Windows batch wrapper's argument parsing.
set -eu

subscription_name="blob-created"
event_grid_api_version="2025-02-15"
attempts="${POSTDEPLOY_KEY_ATTEMPTS:-30}"
delay_seconds="${POSTDEPLOY_KEY_DELAY_SECONDS:-10}"

fail() {
  echo "postdeploy: $*" >&2
  exit 1
}

for name in AZURE_SUBSCRIPTION_ID AZURE_RESOURCE_GROUP AZURE_FUNCTION_APP_NAME AZURE_FUNCTION_URL \
  AZURE_FUNCTION_NAME_INGEST AZURE_EVENTGRID_SYSTEM_TOPIC_NAME AZURE_STORAGE_ARTICLES_CONTAINER; do
  eval "value=\${$name:-}"
  [ -n "$value" ] || fail "$name is not set; run this through azd (azd up or azd deploy), or export the outputs of infra/main.bicep."
done

command -v az >/dev/null 2>&1 || fail "the Azure CLI (az) is needed to read the function key and create the Event Grid subscription."

# The host writes the key when it first starts with the blob trigger, which can be a little after
# the deployment returns; listing the keys also wakes an app that has scaled to zero.
key=""
attempt=1
while [ "$attempt" -le "$attempts" ]; do
  key="$(az functionapp keys list \
    --subscription "$AZURE_SUBSCRIPTION_ID" \
    --resource-group "$AZURE_RESOURCE_GROUP" \
    --name "$AZURE_FUNCTION_APP_NAME" \
    --query "systemKeys.blobs_extension" \
    --output tsv 2>/dev/null || true)"
  key="$(printf '%s' "$key" | tr -d '\r\n')"
  [ -n "$key" ] && break
  echo "postdeploy: waiting for the blobs_extension key of $AZURE_FUNCTION_APP_NAME ($attempt/$attempts)..."
  attempt=$((attempt + 1))
  sleep "$delay_seconds"
done
[ -n "$key" ] || fail "the app has no blobs_extension system key yet; check that the deployment succeeded and the app starts (Application Insights, or the portal's Log stream), then run this again: azd hooks run postdeploy"
# Function keys are URL-safe base64; anything else would break the URL and the JSON below.
case "$key" in
  *[!A-Za-z0-9_=/+-]*) fail "the blobs_extension key has unexpected characters." ;;
esac

endpoint="${AZURE_FUNCTION_URL%/}/runtime/webhooks/blobs?functionName=Host.Functions.${AZURE_FUNCTION_NAME_INGEST}&code=${key}"
subject_prefix="/blobServices/default/containers/${AZURE_STORAGE_ARTICLES_CONTAINER}/"
uri="/subscriptions/${AZURE_SUBSCRIPTION_ID}/resourceGroups/${AZURE_RESOURCE_GROUP}/providers/Microsoft.EventGrid/systemTopics/${AZURE_EVENTGRID_SYSTEM_TOPIC_NAME}/eventSubscriptions/${subscription_name}?api-version=${event_grid_api_version}"

body="$(mktemp)"
trap 'rm -f "$body"' EXIT
cat >"$body" <<JSON
{
  "properties": {
    "destination": {
      "endpointType": "WebHook",
      "properties": {
        "endpointUrl": "${endpoint}",
        "maxEventsPerBatch": 1,
        "preferredBatchSizeInKilobytes": 64
      }
    },
    "filter": {
      "includedEventTypes": ["Microsoft.Storage.BlobCreated"],
      "subjectBeginsWith": "${subject_prefix}"
    },
    "eventDeliverySchema": "EventGridSchema",
    "retryPolicy": {
      "maxDeliveryAttempts": 30,
      "eventTimeToLiveInMinutes": 1440
    }
  }
}
JSON

echo "postdeploy: creating or updating the Event Grid subscription $subscription_name..."
az rest --method put --uri "$uri" --body "@$body" --output none

echo "postdeploy: BlobCreated events under $subject_prefix now go to $AZURE_FUNCTION_NAME_INGEST."
