using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Cjk;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Analysis.Util;

namespace Ingest.Lucene.Analysis;

/// <summary>
/// For highlighting: drops the Han bigrams that are not query terms and keeps every other token
/// (positions of dropped tokens carry over, so phrases still line up). The Highlighter puts tokens
/// whose offsets overlap into one group and marks the group from its first to its last match;
/// since each bigram overlaps the next, a whole run of Han text would be one group, and the query
/// 化 would mark 数字<em>化转型很重要和化</em>. Single characters do not overlap each other, so
/// with the foreign bigrams gone a group is just one match, and the fragmenter still sees a token
/// for every character to cut fragments at the right size.
/// </summary>
internal sealed class UnmatchedBigramFilter : FilteringTokenFilter
{
    private readonly CharArraySet queryTerms;
    private readonly ICharTermAttribute term;
    private readonly ITypeAttribute type;

    public UnmatchedBigramFilter(TokenStream input, CharArraySet queryTerms)
        : base(LuceneIndex.Version, input)
    {
        this.queryTerms = queryTerms;
        term = AddAttribute<ICharTermAttribute>();
        type = AddAttribute<ITypeAttribute>();
    }

    protected override bool Accept() =>
        !string.Equals(type.Type, CJKBigramFilter.DOUBLE_TYPE, StringComparison.Ordinal) || queryTerms.Contains(term.Buffer, 0, term.Length);
}
