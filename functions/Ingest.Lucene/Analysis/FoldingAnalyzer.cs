using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Cjk;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Util;

namespace Ingest.Lucene.Analysis;

/// <summary>
/// The analyzer of title, section and text, at index and at query time.
/// <list type="bullet">
/// <item>StandardTokenizer splits Latin text into words and Han text into single characters
/// (UAX #29). We do not segment Chinese into words (SmartCn, jieba): a word segmenter trained on
/// Simplified text splits Traditional text badly and splits query and passage differently when
/// their contexts differ, so a query can miss text that contains it. Bigrams cannot miss.</item>
/// <item><see cref="ScriptFoldingFilter"/> folds Traditional to Simplified, full-width to ASCII and
/// ASCII to lower case, so 數字化轉型 and 数字化转型 give the same terms; LowerCaseFilter then
/// lower-cases the non-ASCII letters (É, Ω) the fold leaves alone.</item>
/// <item>EnglishPossessiveFilter and PorterStemFilter act on Latin words only (Han terms are one or
/// two characters, which the stemmer leaves alone): the English articles are a minority, but
/// "regulations" should find "regulation", and a stemmer is cheap. Highlights use offsets, so the
/// snippet still marks the word as written. No stop words: every query term is required.</item>
/// <item>CJKBigramFilter turns runs of Han characters into overlapping bigrams. The index side also
/// keeps the single characters (<c>outputUnigrams</c>), so a one-character query finds its
/// character; the query side emits bigrams only (a lone character still comes out as itself), so
/// a word must match as a chain of bigrams and precision stays high.</item>
/// </list>
/// </summary>
internal sealed class FoldingAnalyzer(bool outputUnigrams) : Analyzer
{
    public static FoldingAnalyzer ForIndexing() => new(outputUnigrams: true);

    public static FoldingAnalyzer ForQuery() => new(outputUnigrams: false);

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new StandardTokenizer(LuceneIndex.Version, reader);
        TokenStream stream = new ScriptFoldingFilter(tokenizer);
        stream = new LowerCaseFilter(LuceneIndex.Version, stream);
        stream = new EnglishPossessiveFilter(LuceneIndex.Version, stream);
        stream = new CJKBigramFilter(stream, CJKScript.ALL, outputUnigrams);
        stream = new PorterStemFilter(stream);
        return new TokenStreamComponents(tokenizer, stream);
    }
}
