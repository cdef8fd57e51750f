using Ingest.Lucene.Mapping;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Ingest.Lucene.Querying;

/// <summary>
/// Builds the query from user text by hand (see <see cref="QueryTermSplitter"/> for why not the
/// QueryParser). Each term goes through the query analyzer; a term that yields several tokens
/// becomes a phrase, so 數字化轉型 must appear as 数字 字化 化转 转型 in sequence, not as four
/// bigrams anywhere in the passage. A term must match in at least one of title (boost 2), section
/// (1.5) or text (1), and every term is required.
/// </summary>
internal sealed class TextQueryBuilder(Analyzer queryAnalyzer)
{
    public ParsedQuery Build(string text)
    {
        var terms = new CharArraySet(LuceneIndex.Version, 16, ignoreCase: false);
        if (string.IsNullOrWhiteSpace(text))
        {
            return new ParsedQuery(new MatchAllDocsQuery(), null, terms);
        }

        // A text of punctuation only yields no terms; the empty BooleanQuery then matches nothing,
        // which is a more honest answer than every passage.
        var match = new BooleanQuery();
        var highlight = new BooleanQuery();
        foreach (var term in QueryTermSplitter.Split(text))
        {
            var tokens = Analyze(term);
            if (tokens.Count == 0)
            {
                continue;
            }

            var anyField = new BooleanQuery();
            foreach (var (field, boost) in FieldNames.Searched)
            {
                var fieldQuery = ToQuery(field, tokens);
                fieldQuery.Boost = boost;
                anyField.Add(fieldQuery, Occur.SHOULD);
            }

            match.Add(anyField, Occur.MUST);
            highlight.Add(ToQuery(FieldNames.Text, tokens), Occur.SHOULD);
            foreach (var (token, _) in tokens)
            {
                terms.Add(token);
            }
        }

        return new ParsedQuery(match, highlight.Clauses.Count > 0 ? highlight : null, terms);
    }

    private List<(string Term, int Position)> Analyze(string term)
    {
        var tokens = new List<(string, int)>();
        using var stream = queryAnalyzer.GetTokenStream(FieldNames.Text, term);
        var termAttribute = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        var position = -1;
        while (stream.IncrementToken())
        {
            position += increment.PositionIncrement;
            tokens.Add((termAttribute.ToString(), Math.Max(position, 0)));
        }

        stream.End();
        return tokens;
    }

    private static Query ToQuery(string field, List<(string Term, int Position)> tokens)
    {
        if (tokens.Count == 1)
        {
            return new TermQuery(new Term(field, tokens[0].Term));
        }

        var phrase = new PhraseQuery();
        foreach (var (token, position) in tokens)
        {
            phrase.Add(new Term(field, token), position);
        }

        return phrase;
    }
}
