using Ingest.Api;
using Ingest.Azure;
using Ingest.Functions;
using Ingest.Pipeline;
using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

var builder = FunctionsApplication.CreateBuilder(args);
builder.ConfigureFunctionsWebApplication();

builder.Services
    .AddIngestPipeline()
    // Runs and their counts live in this instance's memory: items processed on other instances
    // are not counted, so a run's status is best effort here (no shared run store yet).
    .AddReindexing()
    .AddAzureStorageAdapters()
    .AddIngestApi();
builder.Services.AddSearchIndex(builder.Configuration);

builder.Build().Run();
