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
    .AddAzureStorageAdapters()
    .AddIngestApi();
builder.Services.AddSearchIndex(builder.Configuration);

builder.Build().Run();
