using Ingest.Cli.Inspection;
using Ingest.Pipeline;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Ingest.Cli.Commands;

/// <summary>
/// The pipeline's services for the one-shot tools (inspect, tag, eval-ner), configured from
/// environment variables. No ports (source, index) are registered, so the provider is not
/// validated as a whole on build; the stages resolve on first use.
/// </summary>
internal static class ToolServices
{
    public static ServiceProvider Create() =>
        new ServiceCollection()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().AddEnvironmentVariables().Build())
            .AddLogging()
            .AddIngestPipeline()
            .AddSingleton<InspectReportBuilder>()
            .BuildServiceProvider();
}
