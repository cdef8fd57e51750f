using Ingest.Local.Tests.Support;
using Ingest.Pipeline.Documents;
using Ingest.Pipeline.Extraction;
using Ingest.Pipeline.Failures;
using Ingest.Pipeline.Ingestion;
using Ingest.Pipeline.State;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Ingest.Local.Tests.Ingestion;

public sealed class ProcessingFailureTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task IngestAsync_StageThrowsUnexpectedly_QuarantinesTheFileWithTheErrorAndIndexesTheOthers()
    {
        using var world = new LocalWorld();
        world.Write("broken.txt", "這是一篇會讓抽取器出錯的文章。");
        world.Write("fine.md", "# 標題\n\n數字化轉型的正文。");
        var pipeline = world.Pipeline(configure: services =>
            services.Replace(ServiceDescriptor.Singleton<IFormatExtractor, DefectivePlainTextExtractor>()));

        var broken = await pipeline.Ingestion.IngestAsync("broken.txt", cancellationToken: Token);
        var fine = await pipeline.Ingestion.IngestAsync("fine.md", cancellationToken: Token);

        Assert.Equal((IngestOutcome.Quarantined, FailureReason.ProcessingFailed), (broken.Outcome, broken.Reason));
        Assert.Contains("Exception", broken.Message, StringComparison.Ordinal);
        Assert.Equal(IngestOutcome.Indexed, fine.Outcome);
        var manifest = (await world.Manifests.GetAsync(DocumentId.FromPath("broken.txt"), Token))!.Manifest;
        Assert.Equal(ManifestStatus.Quarantined, manifest.Status);
        Assert.True(File.Exists(Path.Combine(world.Data.QuarantinePath, "broken.txt.reason.json")));
    }

    /// <summary>
    /// Hands the later stages a document they do not expect (a defect of this kind in any stage
    /// after extraction surfaces the same way): a block list that is null despite its contract.
    /// </summary>
    private sealed class DefectivePlainTextExtractor : IFormatExtractor
    {
        public DocumentFormat Format => DocumentFormat.PlainText;

        public ExtractedDocument Extract(SourceDocument document, CancellationToken cancellationToken) =>
            new() { Format = DocumentFormat.PlainText, Blocks = null! };
    }
}
