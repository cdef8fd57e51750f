using Ingest.Pipeline.Text;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Ingest.Lucene.Analysis;

/// <summary>
/// Folds every term with <see cref="ScriptFolder.Fold(Span{char})"/>: Traditional to Simplified,
/// full-width to ASCII, ASCII to lower case. The fold maps one UTF-16 unit to one, so it rewrites
/// the term buffer in place; offsets still point at the original characters, which is what lets a
/// Simplified query highlight the Traditional characters of the stored text.
/// </summary>
internal sealed class ScriptFoldingFilter : TokenFilter
{
    private readonly ICharTermAttribute term;

    public ScriptFoldingFilter(TokenStream input)
        : base(input)
    {
        term = AddAttribute<ICharTermAttribute>();
    }

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken())
        {
            return false;
        }

        ScriptFolder.Fold(term.Buffer.AsSpan(0, term.Length));
        return true;
    }
}
