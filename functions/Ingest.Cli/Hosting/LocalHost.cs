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
        var data = new DataFolderOptions { Path = options.DataPath };
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Ingest:Folder:Path"] = Path.GetFullPath(options.SourcePath),
            ["Ingest:Data:Path"] = data.FullPath,
            ["Ingest:Lucene:IndexPath"] = data.IndexPath,
        });
        builder.Configuration.AddEnvironmentVariables();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, options.Port, listen => listen.Use(RawUtf8TargetEncoder.Middleware)));
        builder.Logging.AddSimpleConsole(o =>
        {
            o.SingleLine = true;
            o.TimestampFormat = "HH:mm:ss ";
        });
        logging?.Invoke(builder.Logging);

        builder.Services
            .AddIngestPipeline()
            .AddReindexing()
            .AddLocalState()
            .AddFolderSource()
            .AddLocalWorkQueue()
            .AddFolderWatcher()
            .AddLuceneSearchIndex()
            .AddIngestApi();
        builder.Services.AddHostedService<StartupIngestion>();
        builder.Services.AddProblemDetails();

        var app = builder.Build();
        app.UseExceptionHandler();
        app.MapIngestApi();
        return app;
    }
}
