using Microsoft.Extensions.Options;

namespace Ingest.AzureSearch;

/// <summary>The rules DataAnnotations cannot state: the endpoint must be an absolute https URI (the SDK refuses anything else).</summary>
internal sealed class AzureSearchOptionsValidator : IValidateOptions<AzureSearchOptions>
{
    public ValidateOptionsResult Validate(string? name, AzureSearchOptions options)
    {
        if (options.Endpoint is not { IsAbsoluteUri: true } endpoint || endpoint.Scheme != Uri.UriSchemeHttps)
        {
            return ValidateOptionsResult.Fail($"{AzureSearchOptions.SectionName}:Endpoint must be an absolute https URI.");
        }

        return ValidateOptionsResult.Success;
    }
}
