using Azure.Search.Documents.Indexes.Models;

namespace Ingest.AzureSearch.Internals;

/// <summary>
/// The index schema. The original title, section and text are stored for display; their folded
/// copies (<see cref="Ingest.Pipeline.Text.ScriptFolder.Fold(string)"/>: Traditional to Simplified,
/// same length) are what queries search, with the zh-Hans analyzer, so a query in either script
/// finds text in either script. A per-script analyzer on the original could not serve a corpus
/// that mixes both. Highlights come from the folded text and are mapped back onto the original by
/// offset, which works because folding never changes the length.
/// </summary>
internal static class IndexDefinition
{
    private static readonly LexicalAnalyzerName Analyzer = LexicalAnalyzerName.ZhHansMicrosoft;

    public static SearchIndex Create(string name, string? semanticConfiguration)
    {
        var index = new SearchIndex(name)
        {
            Fields =
            {
                new SimpleField(SearchFields.Key, SearchFieldDataType.String) { IsKey = true, IsSortable = true, IsFilterable = true },
                new SimpleField(SearchFields.ChunkId, SearchFieldDataType.String) { IsFilterable = true },
                new SimpleField(SearchFields.DocumentId, SearchFieldDataType.String) { IsFilterable = true, IsSortable = true, IsFacetable = true },
                new SimpleField(SearchFields.Ordinal, SearchFieldDataType.Int32) { IsSortable = true },
                new SimpleField(SearchFields.Path, SearchFieldDataType.String),
                new SearchableField(SearchFields.Title) { AnalyzerName = Analyzer },
                new SearchableField(SearchFields.Section) { AnalyzerName = Analyzer },
                new SearchableField(SearchFields.Text) { AnalyzerName = Analyzer },
                new SearchableField(SearchFields.TitleFolded) { AnalyzerName = Analyzer, IsHidden = true },
                new SearchableField(SearchFields.SectionFolded) { AnalyzerName = Analyzer, IsHidden = true },
                new SearchableField(SearchFields.TextFolded) { AnalyzerName = Analyzer, IsHidden = true },
                new SimpleField(SearchFields.Start, SearchFieldDataType.Int32),
                new SimpleField(SearchFields.End, SearchFieldDataType.Int32),
                new SimpleField(SearchFields.PublishedAt, SearchFieldDataType.DateTimeOffset) { IsFilterable = true, IsSortable = true },
                new SimpleField(SearchFields.Source, SearchFieldDataType.String) { IsFilterable = true, IsFacetable = true },
                new SimpleField(SearchFields.Language, SearchFieldDataType.String) { IsFilterable = true, IsFacetable = true },
                Tags(SearchFields.Persons),
                Tags(SearchFields.Places),
                Tags(SearchFields.Organizations),
                Tags(SearchFields.Works),
                Tags(SearchFields.Events),
                Tags(SearchFields.Themes),
                new SimpleField(SearchFields.Entities, SearchFieldDataType.String),
                new SimpleField(SearchFields.ChunkThemes, SearchFieldDataType.String),
                new SimpleField(SearchFields.ContentHash, SearchFieldDataType.String),
                new SimpleField(SearchFields.PipelineVersion, SearchFieldDataType.String) { IsFilterable = true },
            },
            ScoringProfiles =
            {
                new ScoringProfile(SearchFields.ScoringProfile)
                {
                    TextWeights = new TextWeights(new Dictionary<string, double>
                    {
                        [SearchFields.TitleFolded] = 2,
                        [SearchFields.SectionFolded] = 1.5,
                        [SearchFields.TextFolded] = 1,
                    }),
                },
            },
            DefaultScoringProfile = SearchFields.ScoringProfile,
        };

        if (!string.IsNullOrEmpty(semanticConfiguration))
        {
            // Semantic ranking reads the originals: its models understand both scripts.
            index.SemanticSearch = new SemanticSearch
            {
                Configurations =
                {
                    new SemanticConfiguration(semanticConfiguration, new SemanticPrioritizedFields
                    {
                        TitleField = new SemanticField(SearchFields.Title),
                        ContentFields = { new SemanticField(SearchFields.Text) },
                        KeywordsFields = { new SemanticField(SearchFields.Section) },
                    }),
                },
            };
        }

        return index;
    }

    private static SimpleField Tags(string name) =>
        new(name, SearchFieldDataType.Collection(SearchFieldDataType.String)) { IsFilterable = true, IsFacetable = true };
}
