using Ingest.Pipeline.Chunking;
using Ingest.Pipeline.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Ingest.Pipeline.Tests.Chunking;

public sealed class ChunkingOptionsValidatorTests
{
    [Fact]
    public void Validate_Defaults_Succeeds() =>
        Assert.True(new ChunkingOptionsValidator().Validate(null, new ChunkingOptions()).Succeeded);

    [Theory]
    [InlineData(200, 1, 101, 50, null, "MaxOverlapChars")]
    [InlineData(200, 1, 0, 50, null, "OverlapSentences")]
    [InlineData(200, 1, 50, 101, null, "MinChars")]
    [InlineData(500, 1, 150, 80, 256, "MaxTokens")]
    public void Validate_InconsistentOptions_FailsNamingTheOption(int maxChars, int sentences, int overlap, int minChars, int? maxTokens, string named)
    {
        var options = new ChunkingOptions { MaxChars = maxChars, OverlapSentences = sentences, MaxOverlapChars = overlap, MinChars = minChars, MaxTokens = maxTokens };

        var result = new ChunkingOptionsValidator().Validate(null, options);

        Assert.True(result.Failed);
        Assert.Contains(named, result.FailureMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("MaxChars", "900", "MaxOverlapChars", "600")]
    [InlineData("MaxChars", "10", "MinChars", "0")]
    [InlineData("MaxTokens", "300", "Tokenizer", "None")]
    public void Options_BadConfiguration_StopsTheHost(string key, string value, string otherKey, string otherValue)
    {
        using var services = PipelineFactory.Create(new Dictionary<string, string?>
        {
            [$"{ChunkingOptions.SectionName}:{key}"] = value,
            [$"{ChunkingOptions.SectionName}:{otherKey}"] = otherValue,
        });

        Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<ChunkingOptions>>().Value);
    }

    [Fact]
    public void Options_TokenBudgetWithTokenizer_IsAccepted()
    {
        using var services = PipelineFactory.Create(new Dictionary<string, string?>
        {
            ["Ingest:Chunking:Tokenizer"] = "O200kBase",
            ["Ingest:Chunking:MaxTokens"] = "512",
        });

        var options = services.GetRequiredService<IOptions<ChunkingOptions>>().Value;

        Assert.Equal((ChunkTokenizer.O200kBase, 512), (options.Tokenizer, options.MaxTokens));
    }
}
