using Ingest.Testing.Azurite;

// One Azurite serves every test class of this assembly; each class works in its own containers and queues.
[assembly: AssemblyFixture(typeof(AzuriteFixture))]
