using System.Globalization;

namespace Ingest.Cli.Inspection;

/// <summary>The human-readable form of <c>ingest inspect</c>.</summary>
public static class InspectTextWriter
{
    private const int Preview = 40;

    public static void Write(InspectReport report, TextWriter output)
    {
        output.WriteLine($"File        {report.File}");
        output.WriteLine($"Document id {report.DocumentId}");
        if (report.Status != "ok")
        {
            output.WriteLine($"REJECTED    {report.FailureReason}: {report.FailureMessage}");
            return;
        }

        var m = report.Metadata!;
        output.WriteLine($"Format      {report.Format}" + (report.Encoding is { } e ? $", {e.Name} ({e.Confidence.ToString("0.00", CultureInfo.InvariantCulture)}, {e.Method})" : string.Empty));
        output.WriteLine($"Script      {report.Script}");
        output.WriteLine($"Title       {m.Title}{(m.TitleIsDerived ? "  (derived from the first sentence)" : string.Empty)}");
        WriteIf(output, "Author", m.Author);
        WriteIf(output, "Editor", m.Editor);
        WriteIf(output, "Contributor", m.Contributor);
        WriteIf(output, "Source", m.Source);
        WriteIf(output, "Published", m.PublishedAt?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

        output.WriteLine();
        output.WriteLine("Outline");
        foreach (var block in report.Outline)
        {
            var indent = block.Kind == "paragraph" ? "    " : "  ";
            output.WriteLine($"{indent}{block.Kind,-9} [{block.Start,6}-{block.End,6}) {Clip(block.Text)}");
        }

        var quality = report.Quality!;
        output.WriteLine();
        output.WriteLine($"Quality     {quality.MojibakeSpans.Count} garbled spans, {quality.Repairs.Count} repairs, {quality.Warnings.Count} warnings");
        foreach (var span in quality.MojibakeSpans)
        {
            output.WriteLine($"  garbled [{span.Start}-{span.End}) confidence {span.Confidence.ToString("0.00", CultureInfo.InvariantCulture)} {span.Evidence}: {span.Text}");
        }

        foreach (var repair in quality.Repairs)
        {
            output.WriteLine($"  repair  at {repair.Start} {repair.Method}: {repair.Original} → {repair.Replacement}");
        }

        foreach (var warning in quality.Warnings)
        {
            output.WriteLine($"  warning {warning}");
        }

        output.WriteLine();
        output.WriteLine($"Chunks      {report.Chunks.Count}");
        foreach (var chunk in report.Chunks)
        {
            output.WriteLine($"  #{chunk.Ordinal,-3} {chunk.Section,-24} [{chunk.Start,6}-{chunk.End,6}) {chunk.Chars,4} chars{(chunk.OverlapLength > 0 ? $" (+{chunk.OverlapLength} overlap)" : string.Empty)} {Clip(chunk.Text)}");
        }

        output.WriteLine();
        output.WriteLine("Entities");
        foreach (var group in report.Entities.GroupBy(e => e.Type))
        {
            output.WriteLine($"  {group.Key,-13} {string.Join("  ", group.Select(e => e.Count > 1 ? $"{e.Canonical}×{e.Count}" : e.Canonical))}");
        }

        output.WriteLine();
        output.WriteLine("Themes      " + string.Join("  ", report.Themes.Select(t => $"{t.Id} {t.Score.ToString("0.00", CultureInfo.InvariantCulture)}")));
        output.WriteLine("Key phrases " + string.Join("  ", report.KeyPhrases));
    }

    private static void WriteIf(TextWriter output, string label, string? value)
    {
        if (!string.IsNullOrEmpty(value)) output.WriteLine($"{label,-11} {value}");
    }

    private static string Clip(string text)
    {
        var line = text.ReplaceLineEndings(" ");
        return line.Length <= Preview ? line : line[..Preview] + "…";
    }
}
