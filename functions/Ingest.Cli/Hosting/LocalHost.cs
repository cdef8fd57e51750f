using System.Net;
using Ingest.Api;
using Ingest.Local;
using Ingest.Local.State;
using Ingest.Lucene;
using Ingest.Pipeline;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Ingest.Cli.Hosting;

/// <summary>
/// The local host: the same services as the Functions app on embedded defaults (a watched folder,
/// an in-process queue, a Lucene index and manifests in one data folder) and the same HTTP API on
/// 127.0.0.1.
/// </summary>
public static class LocalHost
{
    public static WebApplication Build(LocalHostOptions options, string[]? args = null, Action<ILoggingBuilder>? logging = null)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = args ?? [], ContentRootPath = AppContext.BaseDirectory });
        builder.Configuration.AddInMemoryCollection(LocalDataSettings.For(options.DataPath));
        builder.Configuration.AddEnvironmentVariables();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, options.Port, listen => listen.Use(RawUtf8TargetEncoder.Middleware)));
        builder.Logging.AddSimpleConsole(o =>
        {
            o.SingleLine = true;
            o.TimestampFormat = "HH:mm:ss ";
        });
        logging?.Invoke(builder.Logging);

        builder.Services
            // The data folder's stores first: re-indexing and index generations fall back to in-memory ones otherwise.
            .AddLocalState()
            .AddIngestPipeline()
            .AddReindexing()
            .AddLocalWorkQueue()
            .AddArticleSource(options, builder.Configuration)
            .AddLuceneSearchIndex()
            .AddIngestApi();
        builder.Services.AddHostedService<StartupIngestion>();
        builder.Services.AddSingleton(options);
        builder.Services.AddHostedService<ServeMarkerService>();
        builder.Services.AddProblemDetails();

        var app = builder.Build();
        app.UseExceptionHandler();
        app.MapIngestApi();
        return app;
    }
}
