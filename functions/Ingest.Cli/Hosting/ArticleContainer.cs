using System.Net.Sockets;
using Azure;
using Azure.Storage.Blobs;
using Ingest.Azure.Storage;

namespace Ingest.Cli.Hosting;

/// <summary>
/// Creates the articles container of a container source when it is missing, and turns the ways that
/// can fail into a <see cref="SourceUnavailableException"/> with a message a person can act on. The
/// messages name the container's URL without its query (where a SAS token would be) and never quote
/// the SDK's own messages, which can echo request details.
/// </summary>
internal static class ArticleContainer
{
    private const string AzuriteHint = "npx azurite --skipApiVersionCheck";

    /// <summary>
    /// Checks a source before the host starts, with one quick retry instead of the SDK's default
    /// back-off, so an account that does not answer fails in a second or two.
    /// </summary>
    public static Task EnsureAsync(SourceLocation source, CancellationToken cancellationToken = default)
    {
        if (source.Kind != SourceKind.Container)
        {
            throw new ArgumentException("Only a container source has a container.", nameof(source));
        }

        var clientOptions = new BlobClientOptions();
        clientOptions.Retry.MaxRetries = 1;
        clientOptions.Retry.Delay = TimeSpan.FromMilliseconds(250);
        clientOptions.Retry.NetworkTimeout = TimeSpan.FromSeconds(15);
        var blobs = StorageClientFactory.CreateBlobServiceClient(new AzureStorageOptions { ConnectionString = source.ConnectionString }, clientOptions);
        return EnsureAsync(blobs.GetBlobContainerClient(source.ContainerName), cancellationToken);
    }

    public static async Task EnsureAsync(BlobContainerClient container, CancellationToken cancellationToken = default)
    {
        try
        {
            await container.CreateIfNotExistsAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested && Explain(ex, container) is { } reason)
        {
            throw new SourceUnavailableException(reason, ex);
        }
    }

    private static string? Explain(Exception exception, BlobContainerClient container)
    {
        var where = container.Uri.GetLeftPart(UriPartial.Path);
        var failed = exception as RequestFailedException
            ?? (exception as AggregateException)?.InnerExceptions.OfType<RequestFailedException>().LastOrDefault(e => e.Status != 0);
        return failed switch
        {
            { Status: 400, ErrorCode: "InvalidHeaderValue" } when failed.Message.Contains("API version", StringComparison.OrdinalIgnoreCase) =>
                $"The storage service at {where} rejected the storage API version of this program. Azurite does that unless it runs with --skipApiVersionCheck ({AzuriteHint}).",
            { Status: 401 or 403 } =>
                $"The storage account refused the credentials in the connection string ({failed.Status} {failed.ErrorCode}) when creating {where}. Check the account key or SAS token.",
            { Status: not 0 } =>
                $"The storage service answered {failed.Status} {failed.ErrorCode} when creating the container {where}.",
            _ when IsNetworkFault(exception) =>
                $"Cannot reach the storage service for {where} ({Innermost(exception).Message}). Start the storage emulator ({AzuriteHint}) or check the connection string's endpoints.",
            _ => null,
        };
    }

    private static bool IsNetworkFault(Exception exception) => exception switch
    {
        RequestFailedException { Status: 0 } or HttpRequestException or IOException or SocketException or TimeoutException or OperationCanceledException => true,
        AggregateException aggregate => aggregate.InnerExceptions.Count > 0 && aggregate.InnerExceptions.All(IsNetworkFault),
        _ => false,
    };

    private static Exception Innermost(Exception exception)
    {
        var current = exception is AggregateException { InnerExceptions.Count: > 0 } aggregate ? aggregate.InnerExceptions[^1] : exception;
        while (current.InnerException is not null)
        {
            current = current.InnerException;
        }

        return current;
    }
}
