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
    // First: its run store, index catalog store and re-index lock (all in the state container,
    // shared by every instance) must be registered before the in-memory defaults that
    // AddReindexing() and the search index's AddIndexGenerations() add only when none is there.
    .AddAzureStorageAdapters()
    .AddReindexing()
    .AddIngestApi();
builder.Services.AddSearchIndex(builder.Configuration);

builder.Build().Run();
