using Microsoft.Extensions.Options;

namespace Ingest.Pipeline.Chunking;

/// <summary>Cross-field rules of <see cref="ChunkingOptions"/> that DataAnnotations cannot say.</summary>
public sealed class ChunkingOptionsValidator : IValidateOptions<ChunkingOptions>
{
    public ValidateOptionsResult Validate(string? name, ChunkingOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();

        // Half, not merely "smaller": a passage that is mostly a repeat of the one before adds
        // little to the index, and this bound guarantees that the overlap and a sentence that
        // could itself be repeated always fit together.
        if (options.MaxOverlapChars * 2 > options.MaxChars)
        {
            failures.Add($"{ChunkingOptions.SectionName}:MaxOverlapChars ({options.MaxOverlapChars}) must be at most half of MaxChars ({options.MaxChars}).");
        }

        if (options.OverlapSentences > 0 && options.MaxOverlapChars == 0)
        {
            failures.Add($"{ChunkingOptions.SectionName}:OverlapSentences ({options.OverlapSentences}) asks for overlap but MaxOverlapChars is 0; set OverlapSentences to 0 for none.");
        }

        // A remainder can only be balanced against its neighbour when both can reach MinChars.
        if (options.MinChars * 2 > options.MaxChars)
        {
            failures.Add($"{ChunkingOptions.SectionName}:MinChars ({options.MinChars}) must be at most half of MaxChars ({options.MaxChars}).");
        }

        if (options.MaxTokens is not null && options.Tokenizer == ChunkTokenizer.None)
        {
            failures.Add($"{ChunkingOptions.SectionName}:MaxTokens ({options.MaxTokens}) needs a Tokenizer (Cl100kBase or O200kBase).");
        }

        if (!Enum.IsDefined(options.Tokenizer))
        {
            failures.Add($"{ChunkingOptions.SectionName}:Tokenizer ({(int)options.Tokenizer}) is not a known tokenizer.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
