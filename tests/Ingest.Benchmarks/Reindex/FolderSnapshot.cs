namespace Ingest.Benchmarks.Reindex;

/// <summary>The files of a folder, by relative path, with their size and last-write time: enough to tell whether anything wrote there.</summary>
internal sealed class FolderSnapshot
{
    private readonly SortedDictionary<string, (long Length, DateTime LastWriteUtc)> _files;

    private FolderSnapshot(string folder, SortedDictionary<string, (long, DateTime)> files)
    {
        Folder = folder;
        _files = files;
    }

    public string Folder { get; }

    public int Count => _files.Count;

    public static FolderSnapshot Take(string folder)
    {
        var files = new SortedDictionary<string, (long, DateTime)>(StringComparer.Ordinal);
        foreach (var file in new DirectoryInfo(folder).EnumerateFiles("*", SearchOption.AllDirectories))
        {
            files[Path.GetRelativePath(folder, file.FullName)] = (file.Length, file.LastWriteTimeUtc);
        }

        return new FolderSnapshot(folder, files);
    }

    /// <summary>Files added, removed, resized or rewritten since <paramref name="before"/>; empty when nothing changed.</summary>
    public IReadOnlyList<string> ChangesSince(FolderSnapshot before)
    {
        var changes = new List<string>();
        foreach (var (name, was) in before._files)
        {
            if (!_files.TryGetValue(name, out var now))
            {
                changes.Add($"{name}: removed");
            }
            else if (now != was)
            {
                changes.Add($"{name}: {was.Length:N0} bytes at {was.LastWriteUtc:O} -> {now.Length:N0} bytes at {now.LastWriteUtc:O}");
            }
        }

        changes.AddRange(_files.Keys.Where(name => !before._files.ContainsKey(name)).Select(name => $"{name}: added ({_files[name].Length:N0} bytes)"));
        return changes;
    }
}
