using System.Text;
using System.Text.RegularExpressions;
using Ingest.Pipeline.Text;

namespace Ingest.Pipeline.Normalization;

/// <summary>
/// Shapes of lines that mark structure in plain text: bylines, datelines, headings, trailing
/// metadata, and the script code that scraped pages sometimes leave at the end.
/// </summary>
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

    /// <summary>A title candidate at the top of plain text: short and not ending a sentence with a full stop or comma.</summary>
    public static bool IsTitleShape(string line)
    {
        var max = IsMostlyLatin(line) ? 160 : 80;
        return line.Length <= max && line[^1] is not ('。' or '，' or ',' or '；' or ';' or '、' or ':' or '：');
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

    /// <summary>A lead credit such as 【財訊快報／江文勝】 at the start of the first paragraph: source and author.</summary>
    public static (string Source, string Author)? TryBracketCredit(string paragraph)
    {
        var match = BracketCredit().Match(paragraph);
        return match.Success ? (match.Groups["source"].Value.Trim(), match.Groups["name"].Value.Trim()) : null;
    }

    public static string? TryEditor(string line) => Group(Editor(), line);

    public static string? TryContributor(string line) => Group(Contributor(), line);

    public static string? TrySource(string line) => Group(SourceLine(), line);

    public static bool IsTrailer(string line) =>
        line.Length <= 80 && (Editor().IsMatch(line) || Contributor().IsMatch(line) || SourceLine().IsMatch(line) || DateOnlyLine().IsMatch(line) || EndMark().IsMatch(line));

    /// <summary>A metadata line under the title: a source line, a date (and time) line, or both.</summary>
    public static bool IsDateline(string line) =>
        line.Length <= 60 && (SourceLine().IsMatch(line) || DateOnlyLine().IsMatch(line) || DateTimeLine().IsMatch(line));

    /// <summary>The source named in a dateline such as "2018-10-31 08:53 来源：新华网".</summary>
    public static string? TryDatelineSource(string line) => Group(SourceLine(), line) ?? Group(DateTimeLine(), line);

    /// <summary>A line of JavaScript or markup left over from a scraped page.</summary>
    public static bool IsCode(string line) => line.AsSpan().IndexOfAny("(){};=.<") >= 0 && Code().IsMatch(line);

    /// <summary>
    /// A line that may belong to a block of script code: ASCII only and shaped like code (brackets,
    /// <c>key: value,</c> pairs, statements ending in a semicolon). Only runs that also hold a line
    /// for which <see cref="IsCode"/> is true are dropped.
    /// </summary>
    public static bool IsCodeLike(string line) =>
        line.AsSpan().IndexOfAny("(){}[];=:,") >= 0 && Ascii.IsValid(line) && (Code().IsMatch(line) || CodeLike().IsMatch(line));

    private static string? Group(Regex regex, string line)
    {
        var match = regex.Match(line);
        return match.Success && match.Groups["name"].Success && match.Groups["name"].Value.Trim().Length > 0 ? match.Groups["name"].Value.Trim() : null;
    }

    [GeneratedRegex(@"^(?:作者|文|撰文|記者|记者|特約記者|特约记者|通訊員|通讯员|本報記者|本报记者)\s*[:：/／|｜]?\s*(?<name>[^\s，,。:：]{2,20})$|^(?:本報|本报)?(?:記者|记者)\s*(?<name>\p{IsCJKUnifiedIdeographs}{2,4})\s*[／/]\s*\S{2,12}?(?:報導|报道|電|电)(?:\s.*)?$|^[Bb]y\s+(?<name>[A-Z][\w.'\- ]{1,60})$")]
    private static partial Regex Byline();

    /// <summary>Two to four Han characters alone on a line at the top: a Chinese personal name.</summary>
    [GeneratedRegex(@"^\p{IsCJKUnifiedIdeographs}{2,4}$")]
    private static partial Regex BareName();

    [GeneratedRegex(@"^[【\[]\s*(?<source>[^／/】\]]{2,12})\s*[／/]\s*(?<name>[^／/】\]]{2,12}?)\s*(?:報導|报道)?\s*[】\]]")]
    private static partial Regex BracketCredit();

    [GeneratedRegex(@"^[（(\[【]?\s*(?:責任編輯|责任编辑|編輯|编辑|責編|责编|Editor)(?:\s*[:：]\s*|\s+)(?<name>[^）)\]】:：]+?)\s*[）)\]】]?$")]
    private static partial Regex Editor();

    [GeneratedRegex(@"^[（(\[【]\s*(?<name>[^（()）]{2,40}?)\s*供稿\s*[）)\]】]$|^(?:供稿|稿件提供)\s*[:：]\s*(?<name>.{2,40})$")]
    private static partial Regex Contributor();

    [GeneratedRegex(@"^[（(\[【]?\s*(?:來源|来源|Source|出處|出处|文章來源|文章来源|本文來源|本文来源)\s*[:：]\s*(?<name>[^）)\]】]+?)\s*[）)\]】]?$")]
    private static partial Regex SourceLine();

    [GeneratedRegex(@"^[（(]?\s*\d{4}\s*[年\-/.]\s*\d{1,2}\s*[月\-/.]\s*\d{1,2}\s*日?\s*[）)]?$")]
    private static partial Regex DateOnlyLine();

    [GeneratedRegex(@"^(?:發布時間|发布时间|發佈時間|時間|时间)?\s*[:：]?\s*\d{4}\s*[年\-/.]\s*\d{1,2}\s*[月\-/.]\s*\d{1,2}\s*日?\s*(?:\d{1,2}:\d{2}(?::\d{2})?)?\s*(?:(?:來源|来源)\s*[:：]\s*(?<name>\S.{0,30}))?$")]
    private static partial Regex DateTimeLine();

    [GeneratedRegex(@"^[（(]\s*(?:完|終|终|全文完)\s*[）)]$")]
    private static partial Regex EndMark();

    [GeneratedRegex(@"^[\w$]+(?:\.[\w$]+)+\(\{?$|^new\s+[\w.]+\(\{?$|^\(?function\s*\(|^\}?\)?\(\)\)?;?$|^\}\)?;?$|^(?:var|let|const)\s+\w+\s*=|document\.\w+|window\.\w+\s*[=.(]|</?script\b|\.appendChild\(|^\w+\.src\s*=")]
    private static partial Regex Code();

    [GeneratedRegex(@"^[\[\]{}(),;\s]+$|^[\w$'""]+\s*:\s*.{0,200}[,{\[]?$|;$|^\w+\s*:\s*function\b|^return\b")]
    private static partial Regex CodeLike();
}
