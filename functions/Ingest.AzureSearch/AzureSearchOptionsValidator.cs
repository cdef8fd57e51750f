using Microsoft.Extensions.Options;

namespace Ingest.AzureSearch;

/// <summary>
/// The rules DataAnnotations cannot state: the endpoint must be an absolute https URI (the SDK
/// refuses anything else), and the index name must leave room for the generation suffix
/// (<c>-g{N}</c>) within the service's limit of 128 characters.
/// </summary>
internal sealed class AzureSearchOptionsValidator : IValidateOptions<AzureSearchOptions>
{
    private const int MinIndexNameLength = 2;

    public ValidateOptionsResult Validate(string? name, AzureSearchOptions options)
    {
        var failures = new List<string>();
        if (options.Endpoint is not { IsAbsoluteUri: true } endpoint || endpoint.Scheme != Uri.UriSchemeHttps)
        {
            failures.Add($"{AzureSearchOptions.SectionName}:Endpoint must be an absolute https URI.");
        }

        if (options.IndexName is { Length: < MinIndexNameLength or > AzureSearchIndexFactory.MaxBaseNameLength } indexName)
        {
            failures.Add($"{AzureSearchOptions.SectionName}:IndexName must be {MinIndexNameLength} to {AzureSearchIndexFactory.MaxBaseNameLength} characters " +
                $"(it is {indexName.Length}): a full re-index names its new index '{{IndexName}}{AzureSearchIndexFactory.GenerationSuffix}{{N}}', and the service allows 128.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
