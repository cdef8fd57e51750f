using Ingest.Pipeline.Tagging.Themes;
using Ingest.Pipeline.Text;

namespace Ingest.Pipeline.Tagging.Evaluation;

/// <summary>
/// Checks theme tagging against category labels that news sources gave their articles (a section
/// such as Sport or Tech). Agreement is measured as in text classification: the best theme must be
/// one that matches the category (top-1), or be among the best three (top-3).
/// </summary>
public sealed class ThemeAgreement(Taxonomy taxonomy)
{
    /// <summary>
    /// The themes that agree with the category labels of the evaluation files (Sina / BBC sections and
    /// State Council policy documents). Policy documents agree with any theme of the policy domain.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string[]> CategoryThemes = new Dictionary<string, string[]>(StringComparer.OrdinalIgnoreCase)
    {
        ["Entertainment"] = ["culture-entertainment"],
        ["Fashion"] = ["fashion-lifestyle"],
        ["Sport"] = ["sports"],
        ["Health"] = ["health"],
        ["Tech"] = ["technology", "cybersecurity"],
        ["Edu"] = ["education"],
        ["business"] = ["economy-finance"],
        ["politics"] = ["politics"],
        ["policy"] = ["politics", "institutional-reform", "digital-government", "digital-economy", "digital-society", "data-governance", "digital-infrastructure", "economy-finance", "society", "education", "health", "environment", "law", "real-estate", "talent-funding", "application-scenarios"],
    };

    private readonly ThemeTagger _tagger = new(taxonomy);

    public ThemeAgreementReport Evaluate(IReadOnlyList<ThemeCase> cases)
    {
        ArgumentNullException.ThrowIfNull(cases);
        var results = cases.Select(c =>
        {
            var top = _tagger.Score(ScriptFolder.Fold(c.Text), threshold: 0, topK: 3).Select(t => t.Id).ToList();
            return (Case: c, Top1: top.Count > 0 && c.Expected.Contains(top[0]), Top3: top.Any(c.Expected.Contains), Best: top.FirstOrDefault() ?? "(none)");
        }).ToList();

        var categories = results
            .GroupBy(r => r.Case.Category, StringComparer.Ordinal)
            .Select(g => new CategoryAgreement(g.Key, g.Count(), Rate(g, r => r.Top1), Rate(g, r => r.Top3),
                g.GroupBy(r => r.Best).OrderByDescending(b => b.Count()).First().Key))
            .OrderBy(c => c.Category, StringComparer.Ordinal)
            .ToList();
        return new ThemeAgreementReport(results.Count, Rate(results, r => r.Top1), Rate(results, r => r.Top3), categories);
    }

    /// <summary>Reads a <c>id TAB category</c> file and the corpus articles it names (<c>{corpus}/*/{id}.txt</c>); unknown categories and missing files are skipped.</summary>
    public static IReadOnlyList<ThemeCase> ReadCases(string labelsPath, string corpusFolder)
    {
        var files = Directory.EnumerateFiles(corpusFolder, "*.txt", SearchOption.AllDirectories)
            .ToDictionary(p => Path.GetFileNameWithoutExtension(p), StringComparer.Ordinal);
        var cases = new List<ThemeCase>();
        foreach (var line in File.ReadLines(labelsPath).Skip(1))
        {
            var fields = line.Split('\t');
            if (fields.Length < 2 || !CategoryThemes.TryGetValue(fields[1], out var expected) || !files.TryGetValue(fields[0], out var path))
            {
                continue;
            }

            cases.Add(new ThemeCase(fields[0], fields[1], File.ReadAllText(path), expected));
        }

        return cases;
    }

    private static double Rate<T>(IEnumerable<T> items, Func<T, bool> hit)
    {
        var list = items as IReadOnlyCollection<T> ?? items.ToList();
        return list.Count == 0 ? 0 : (double)list.Count(hit) / list.Count;
    }
}
