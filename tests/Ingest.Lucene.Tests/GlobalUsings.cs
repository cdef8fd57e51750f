// The chunk builder is shared with the contract suite that also runs against this adapter.
global using Chunks = Ingest.Testing.Contracts.ContractChunks;
