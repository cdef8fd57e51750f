using System.Security.Cryptography;
using System.Text;

namespace Ingest.Pipeline.Documents;

/// <summary>
/// Derives the stable document id of a source file from its path. The id is a valid key for
/// both index adapters (letters, digits, '_', '-', '='), stays readable for simple file names,
/// and gains a short hash of the path whenever sanitizing it lost information.
/// </summary>
public static class DocumentId
{
    private const int MaxReadableLength = 80;

    public static string FromPath(string sourcePath)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sourcePath);
        var path = sourcePath.Replace('\\', '/').Trim('/');
        var builder = new StringBuilder(path.Length + 9);
        var lossless = true;
        var lastDot = path.LastIndexOf('.');
        for (var i = 0; i < path.Length; i++)
        {
            var c = path[i];
            if (char.IsAsciiLetterOrDigit(c) || c is '_' or '-')
            {
                builder.Append(c);
            }
            else if (c == '.' && i == lastDot && path.IndexOf('/', i) < 0)
            {
                builder.Append('-'); // the extension stays visible: a.txt and a.md are two documents
            }
            else
            {
                builder.Append('_');
                lossless = false;
            }
        }

        if (builder.Length > MaxReadableLength)
        {
            builder.Length = MaxReadableLength;
            lossless = false;
        }

        if (!lossless || builder.Length == 0)
        {
            builder.Append('=').Append(ShortHash(path));
        }

        return builder.ToString();
    }

    private static string ShortHash(string path)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(path), hash);
        return Convert.ToHexStringLower(hash[..5]);
    }
}
