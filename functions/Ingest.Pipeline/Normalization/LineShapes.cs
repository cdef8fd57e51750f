using System.Text.RegularExpressions;
using Ingest.Pipeline.Text;

namespace Ingest.Pipeline.Normalization;

/// <summary>Shapes of lines that mark structure in plain text: bylines, headings and trailing metadata.</summary>
internal static partial class LineShapes
{
    private const string SentenceEnds = "。！？!?；;.…:：,，、";

    /// <summary>A heading: short, no sentence punctuation at its end, not a list of clauses.</summary>
    public static bool IsHeadingShape(string line)
    {
        var latin = IsMostlyLatin(line);
        var max = latin ? 80 : 32;
        if (line.Length > max || line.Length < 2)
        {
            return false;
        }

        if (SentenceEnds.Contains(line[^1]) || line.Contains('。') || (latin && line.Count(c => c == ' ') > 12))
        {
            return false;
        }

        return !latin || char.IsUpper(line[0]) || char.IsDigit(line[0]);
    }

    public static bool IsMostlyLatin(string line)
    {
        int latin = 0, han = 0;
        foreach (var c in line)
        {
            if (char.IsAsciiLetter(c)) latin++;
            else if (CjkChars.IsHan(c)) han++;
        }

        return latin > han * 3;
    }

    /// <summary>Reads an author line: a bare Chinese name, 作者：…, 文／…, 記者…, By ….</summary>
    public static string? TryByline(string line)
    {
        var match = Byline().Match(line);
        if (match.Success)
        {
            return match.Groups["name"].Value.Trim();
        }

        return BareName().IsMatch(line) ? line : null;
    }

    public static string? TryEditor(string line) => Group(Editor(), line);

    public static string? TryContributor(string line) => Group(Contributor(), line);

    public static string? TrySource(string line) => Group(SourceLine(), line);

    public static bool IsTrailer(string line) =>
        line.Length <= 80 && (Editor().IsMatch(line) || Contributor().IsMatch(line) || SourceLine().IsMatch(line) || DateOnlyLine().IsMatch(line));

    private static string? Group(Regex regex, string line)
    {
        var match = regex.Match(line);
        return match.Success ? match.Groups["name"].Value.Trim() : null;
    }

    [GeneratedRegex(@"^(?:作者|文|撰文|記者|记者|特約記者|特约记者|通訊員|通讯员)\s*[:：/／|｜]?\s*(?<name>[^\s，,。]{2,20})$|^[Bb]y\s+(?<name>[A-Z][\w.'\- ]{1,60})$")]
    private static partial Regex Byline();

    /// <summary>Two to four Han characters alone on a line at the top: a Chinese personal name.</summary>
    [GeneratedRegex(@"^\p{IsCJKUnifiedIdeographs}{2,4}$")]
    private static partial Regex BareName();

    [GeneratedRegex(@"^[（(\[【]?\s*(?:責任編輯|责任编辑|編輯|编辑|責編|责编|Editor)\s*[:：]\s*(?<name>[^）)\]】]+?)\s*[）)\]】]?$")]
    private static partial Regex Editor();

    [GeneratedRegex(@"^[（(\[【]\s*(?<name>[^（()）]{2,40}?)\s*供稿\s*[）)\]】]$|^(?:供稿|稿件提供)\s*[:：]\s*(?<name>.{2,40})$")]
    private static partial Regex Contributor();

    [GeneratedRegex(@"^[（(\[【]?\s*(?:來源|来源|Source|出處|出处)\s*[:：]\s*(?<name>[^）)\]】]+?)\s*[）)\]】]?$")]
    private static partial Regex SourceLine();

    [GeneratedRegex(@"^[（(]?\s*\d{4}\s*[年\-/.]\s*\d{1,2}\s*[月\-/.]\s*\d{1,2}\s*日?\s*[）)]?$")]
    private static partial Regex DateOnlyLine();
}
