using Ingest.Lucene.Analysis;
using Ingest.Lucene.Mapping;
using Lucene.Net.Analysis;
using Lucene.Net.Search.Highlight;

namespace Ingest.Lucene.Querying;

/// <summary>
/// The snippet of a hit: up to two fragments of about 120 characters around the matches in the
/// passage text, matches in &lt;em&gt;, everything else HTML-escaped. The text is re-analyzed with
/// the index analyzer and the highlighter maps tokens back through their offsets, so the marks land
/// on the characters as written (Traditional stays Traditional for a Simplified query).
/// </summary>
internal sealed class SnippetBuilder(Analyzer indexAnalyzer)
{
    private const int FragmentChars = 120;
    private const int MaxFragments = 2;
    private const int LeadChars = 160;
    private const string Separator = " … ";

    public string Build(ParsedQuery query, string text)
    {
        if (query.Highlight is { } highlight && text.Length > 0)
        {
            var scorer = new QueryScorer(highlight, FieldNames.Text);
            var highlighter = new Highlighter(new SimpleHTMLFormatter("<em>", "</em>"), HtmlTextEncoder.Instance, scorer)
            {
                TextFragmenter = new SimpleSpanFragmenter(scorer, FragmentChars),
            };

            try
            {
                using var tokens = new UnmatchedBigramFilter(indexAnalyzer.GetTokenStream(FieldNames.Text, text), query.Terms);
                var fragments = highlighter.GetBestFragments(tokens, text, MaxFragments, Separator);
                if (!string.IsNullOrEmpty(fragments))
                {
                    // Overlapping bigrams that do not share a token group come out as neighbours.
                    return fragments.Replace("</em><em>", string.Empty, StringComparison.Ordinal);
                }
            }
            catch (InvalidTokenOffsetsException)
            {
                // Cannot happen with our analyzer; the lead below is still a good snippet.
            }
        }

        return Lead(text);
    }

    /// <summary>The start of the passage, when nothing in it is marked (no words, or a match in the title only).</summary>
    private static string Lead(string text)
    {
        if (text.Length <= LeadChars)
        {
            return HtmlTextEncoder.Encode(text);
        }

        var length = char.IsHighSurrogate(text[LeadChars - 1]) ? LeadChars - 1 : LeadChars;
        return HtmlTextEncoder.Encode(text[..length]) + "…";
    }
}
