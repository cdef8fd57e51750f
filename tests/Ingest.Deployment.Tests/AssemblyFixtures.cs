using Ingest.Deployment.Tests.Bicep;

[assembly: AssemblyFixture(typeof(CompiledTemplate))]
