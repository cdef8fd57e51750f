// Shared test support: temp folders, free ports and the repository root.
global using Ingest.Testing;
