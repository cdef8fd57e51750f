using System.Text;
using Lucene.Net.Search.Highlight;

namespace Ingest.Lucene.Querying;

/// <summary>
/// Escapes the five HTML-significant characters and leaves every other character as it is. Lucene's
/// SimpleHTMLEncoder also turns every non-ASCII character into a numeric entity (數 → &amp;#25976;),
/// which is valid HTML but unreadable for any client that is not a browser, and triples the size.
/// </summary>
internal sealed class HtmlTextEncoder : IEncoder
{
    public static HtmlTextEncoder Instance { get; } = new();

    public string EncodeText(string originalText) => Encode(originalText);

    public static string Encode(string text)
    {
        if (text.AsSpan().IndexOfAny("<>&\"'") < 0)
        {
            return text;
        }

        var encoded = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            encoded.Append(c switch
            {
                '<' => "&lt;",
                '>' => "&gt;",
                '&' => "&amp;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => null,
            } ?? c.ToString());
        }

        return encoded.ToString();
    }
}
