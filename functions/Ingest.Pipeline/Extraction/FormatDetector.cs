using Ingest.Pipeline.Failures;

namespace Ingest.Pipeline.Extraction;

/// <summary>
/// Chooses the file format from the bytes first and the file extension second, so that a .txt
/// that is really a PDF is read as a PDF, and names formats we recognise but do not read.
/// </summary>
public static class FormatDetector
{
    public static DocumentFormat Detect(string path, ReadOnlySpan<byte> head)
    {
        var extension = Path.GetExtension(path).ToLowerInvariant();

        // PDF readers accept up to 1 KB of junk before the header, so the marker is looked for there.
        if (head[..Math.Min(head.Length, 1024)].IndexOf("%PDF-"u8) >= 0)
        {
            return DocumentFormat.Pdf;
        }

        if (head.StartsWith("PK\u0003\u0004"u8))
        {
            if (head.IndexOf("xl/"u8) >= 0 || head.IndexOf("ppt/"u8) >= 0)
            {
                throw Unsupported("an Excel or PowerPoint package", extension);
            }

            if (extension is ".docx" or ".txt" or "" || head.IndexOf("word/"u8) >= 0 || head.IndexOf("[Content_Types].xml"u8) >= 0)
            {
                return DocumentFormat.Docx;
            }

            throw Unsupported("a ZIP archive", extension);
        }

        if (head.StartsWith((ReadOnlySpan<byte>)[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]))
        {
            // Word stores a password-protected .docx inside an OLE container, like a legacy .doc.
            if (extension == ".docx" || head.IndexOf("E\0n\0c\0r\0y\0p\0t\0e\0d\0P\0a\0c\0k\0a\0g\0e"u8) >= 0)
            {
                throw new DocumentRejectedException(FailureReason.Encrypted,
                    "The .docx is password-protected (Word stores encrypted documents in an OLE container). Open it in Word, remove the password (File > Info > Protect Document) and drop it in again.");
            }

            throw Unsupported("a legacy Office (OLE) file such as .doc", extension);
        }

        if (head.StartsWith((ReadOnlySpan<byte>)[0x89, (byte)'P', (byte)'N', (byte)'G']) || head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]) || head.StartsWith("GIF8"u8))
        {
            throw Unsupported("an image", extension);
        }

        switch (extension)
        {
            case ".md" or ".markdown":
                return DocumentFormat.Markdown;
            case ".html" or ".htm" or ".xhtml":
                return DocumentFormat.Html;
            case ".json":
                return DocumentFormat.Json;
            case "" when LooksLikeJsonObject(head):
                return DocumentFormat.Json;
            case ".docx":
                throw new DocumentRejectedException(FailureReason.Corrupt, "The file is named .docx but is not a ZIP package; it is damaged or not a Word document.");
            case ".pdf":
                throw new DocumentRejectedException(FailureReason.Corrupt, "The file is named .pdf but does not start with a PDF header; it is damaged or not a PDF.");
        }

        return LooksLikeHtml(head) ? DocumentFormat.Html : DocumentFormat.PlainText;
    }

    private static bool LooksLikeJsonObject(ReadOnlySpan<byte> head)
    {
        var trimmed = head.TrimStart(" \t\r\n"u8);
        return trimmed.StartsWith("{"u8) && trimmed.TrimStart("{ \t\r\n"u8).StartsWith("\""u8);
    }

    private static bool LooksLikeHtml(ReadOnlySpan<byte> head)
    {
        var trimmed = head.TrimStart(" \t\r\n"u8);
        if (trimmed.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            trimmed = trimmed[3..].TrimStart(" \t\r\n"u8);
        }

        return StartsWithIgnoreCase(trimmed, "<!doctype html"u8) || StartsWithIgnoreCase(trimmed, "<html"u8);
    }

    private static bool StartsWithIgnoreCase(ReadOnlySpan<byte> bytes, ReadOnlySpan<byte> prefix)
    {
        if (bytes.Length < prefix.Length)
        {
            return false;
        }

        for (var i = 0; i < prefix.Length; i++)
        {
            if (char.ToLowerInvariant((char)bytes[i]) != prefix[i])
            {
                return false;
            }
        }

        return true;
    }

    private static DocumentRejectedException Unsupported(string what, string extension) =>
        new(FailureReason.UnsupportedFormat,
            $"The file is {what}{(extension.Length > 0 ? $" (extension {extension})" : string.Empty)}; supported formats are .txt, .md, .html, .docx, .pdf and .json.");
}
