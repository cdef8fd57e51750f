using Microsoft.Extensions.Options;

namespace Ingest.Pipeline.Chunking;

/// <summary>Cross-field rules that DataAnnotations cannot say.</summary>
public sealed class ChunkingOptionsValidator : IValidateOptions<ChunkingOptions>
{
    public ValidateOptionsResult Validate(string? name, ChunkingOptions options)
    {
        var failures = new List<string>();
        if (options.MaxOverlapChars * 2 > options.MaxChars)
        {
            failures.Add($"Ingest:Chunking:MaxOverlapChars ({options.MaxOverlapChars}) must be at most half of MaxChars ({options.MaxChars}).");
        }

        if (options.MinChars >= options.MaxChars)
        {
            failures.Add($"Ingest:Chunking:MinChars ({options.MinChars}) must be smaller than MaxChars ({options.MaxChars}).");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
