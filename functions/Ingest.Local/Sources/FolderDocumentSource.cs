using System.Runtime.CompilerServices;
using Ingest.Pipeline.Documents;
using Ingest.Pipeline.Sources;
using Microsoft.Extensions.Options;

namespace Ingest.Local.Sources;

/// <summary>A folder on disk as the document source. Paths are relative to the folder, with '/' separators.</summary>
public sealed class FolderDocumentSource(IOptions<FolderSourceOptions> options) : IDocumentSource
{
    public string Root { get; } = Path.GetFullPath(options.Value.Path);

    public string Description => $"folder {Root}";

    public async IAsyncEnumerable<SourceItem> ListAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        if (!Directory.Exists(Root))
        {
            yield break;
        }

        foreach (var (full, relative) in Articles())
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (ItemOf(full, relative) is { } item)
            {
                yield return item;
            }
        }

        await Task.CompletedTask.ConfigureAwait(false);
    }

    /// <summary>
    /// A page of the listing in ordinal path order. The continuation token is the last path of the
    /// page, so a page starts after it even when files were added or deleted in between.
    /// </summary>
    public Task<SourcePage> ListPageAsync(string? continuationToken, int pageSize, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1);
        if (!Directory.Exists(Root))
        {
            return Task.FromResult(new SourcePage([], null));
        }

        var after = Articles().Where(f => continuationToken is null || string.CompareOrdinal(f.Relative, continuationToken) > 0).Take(pageSize + 1).ToList();
        var items = new List<SourceItem>(Math.Min(after.Count, pageSize));
        foreach (var (full, relative) in after.Take(pageSize))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (ItemOf(full, relative) is { } item)
            {
                items.Add(item);
            }
        }

        var next = after.Count > pageSize ? after[pageSize - 1].Relative : null;
        return Task.FromResult(new SourcePage(items, next));
    }

    public async Task<SourceDocument?> OpenAsync(string path, CancellationToken cancellationToken = default)
    {
        var full = ToFull(path);
        var info = new FileInfo(full);
        if (!info.Exists)
        {
            return null;
        }

        byte[] content;
        try
        {
            content = await File.ReadAllBytesAsync(full, cancellationToken).ConfigureAwait(false);
        }
        catch (FileNotFoundException)
        {
            return null;
        }
        catch (DirectoryNotFoundException)
        {
            return null;
        }

        return new SourceDocument
        {
            Path = ToRelative(full),
            Content = content,
            ETag = ETagOf(info),
            LastModified = info.LastWriteTimeUtc,
            Overrides = await SidecarMetadata.ReadAsync(full, cancellationToken).ConfigureAwait(false),
        };
    }

    private IOrderedEnumerable<(string Full, string Relative)> Articles() =>
        Directory.EnumerateFiles(Root, "*", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = FileAttributes.Hidden | FileAttributes.System })
            .Select(full => (Full: full, Relative: ToRelative(full)))
            .Where(f => SourceFileRules.IsArticle(f.Relative))
            .OrderBy(f => f.Relative, StringComparer.Ordinal);

    private static SourceItem? ItemOf(string full, string relative)
    {
        var info = new FileInfo(full);
        return info.Exists ? new SourceItem(relative, ETagOf(info), info.Length, info.LastWriteTimeUtc) : null;
    }

    public string ToRelative(string fullPath) => Path.GetRelativePath(Root, fullPath).Replace('\\', '/');

    public string ToFull(string relativePath)
    {
        var full = Path.GetFullPath(Path.Combine(Root, relativePath));
        if (!full.StartsWith(Root, StringComparison.Ordinal))
        {
            throw new ArgumentException($"The path '{relativePath}' points outside the source folder.", nameof(relativePath));
        }

        return full;
    }

    private static string ETagOf(FileInfo info) => $"{info.Length:x}-{info.LastWriteTimeUtc.Ticks:x}";
}
