namespace Ingest.Pipeline.Tagging.Evaluation;

/// <summary>How often the best theme (top-1) or one of the best three (top-3) matches the source's category.</summary>
public sealed record ThemeAgreementReport(int Articles, double Top1, double Top3, IReadOnlyList<CategoryAgreement> Categories);

/// <summary>Agreement for one category label.</summary>
public sealed record CategoryAgreement(string Category, int Articles, double Top1, double Top3, string MostCommonTop1);
