using Ingest.Local.State;

namespace Ingest.Cli.Hosting;

/// <summary>The settings that put the state of a local process (index, manifests, runs) in one data folder.</summary>
internal static class LocalDataSettings
{
    public static Dictionary<string, string?> For(string dataPath)
    {
        var data = new DataFolderOptions { Path = dataPath };
        return new Dictionary<string, string?>
        {
            ["Ingest:Data:Path"] = data.FullPath,
            ["Ingest:Lucene:IndexPath"] = data.IndexPath,
            // One process owns the data folder: the catalog of index generations never changes behind its back.
            ["Ingest:Index:Shared"] = "false",
        };
    }
}
