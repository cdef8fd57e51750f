using System.Globalization;

namespace Ingest.Pipeline.Tagging.Evaluation;

/// <summary>Writes a <see cref="NerReport"/> as the table <c>ingest eval-ner</c> prints.</summary>
public static class NerReportWriter
{
    public static void Write(NerReport report, string source, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        var c = CultureInfo.InvariantCulture;
        output.WriteLine(string.Create(c, $"{source}: {report.Sentences:N0} sentences, {report.Characters:N0} characters, tagged in {report.Elapsed.TotalSeconds:0.0} s"));
        output.WriteLine("type            gold  predicted  correct  precision  recall      F1");
        foreach (var t in report.Types)
        {
            output.WriteLine(string.Create(c, $"{t.Type,-13} {t.Gold,6} {t.Predicted,10} {t.Correct,8} {t.Precision,10:0.000} {t.Recall,7:0.000} {t.F1,7:0.000}"));
        }
    }
}
