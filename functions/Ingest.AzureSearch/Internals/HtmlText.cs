using System.Text;

namespace Ingest.AzureSearch.Internals;

/// <summary>Escapes the five HTML-significant characters and leaves every other character as it is (the Lucene adapter's rule).</summary>
internal static class HtmlText
{
    public static void Append(StringBuilder output, ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            _ = c switch
            {
                '<' => output.Append("&lt;"),
                '>' => output.Append("&gt;"),
                '&' => output.Append("&amp;"),
                '"' => output.Append("&quot;"),
                '\'' => output.Append("&#39;"),
                _ => output.Append(c),
            };
        }
    }

    public static string Encode(ReadOnlySpan<char> text)
    {
        var output = new StringBuilder(text.Length + 16);
        Append(output, text);
        return output.ToString();
    }
}
