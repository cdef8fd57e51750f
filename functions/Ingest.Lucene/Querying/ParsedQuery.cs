using Lucene.Net.Analysis.Util;
using Lucene.Net.Search;

namespace Ingest.Lucene.Querying;

/// <summary>The Lucene form of the user's text.</summary>
/// <param name="Match">What a passage must match: every term, in title, section or text.</param>
/// <param name="Highlight">The same terms on the text field, any of them; null when there is nothing to mark.</param>
/// <param name="Terms">The analyzed terms, so highlighting can drop the bigrams that cannot match.</param>
internal sealed record ParsedQuery(Query Match, Query? Highlight, CharArraySet Terms);
