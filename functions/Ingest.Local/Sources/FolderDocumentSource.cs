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

        var files = Directory.EnumerateFiles(Root, "*", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = FileAttributes.Hidden | FileAttributes.System })
            .Select(full => (Full: full, Relative: ToRelative(full)))
            .Where(f => SourceFileRules.IsArticle(f.Relative))
            .OrderBy(f => f.Relative, StringComparer.Ordinal);
        foreach (var (full, relative) in files)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var info = new FileInfo(full);
            if (!info.Exists) continue;
            yield return new SourceItem(relative, ETagOf(info), info.Length, info.LastWriteTimeUtc);
        }

        await Task.CompletedTask.ConfigureAwait(false);
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
