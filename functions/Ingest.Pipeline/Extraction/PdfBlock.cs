namespace Ingest.Pipeline.Extraction;

/// <summary>A block of lines that page segmentation found together, with where it stands on its page.</summary>
internal sealed record PdfBlock(int Page, IReadOnlyList<PdfLine> Lines, double Top, double Bottom, double Left, double Right, double PageHeight)
{
    public double Size => Lines.Sum(l => l.Size * l.Text.Length) / Math.Max(1, Lines.Sum(l => l.Text.Length));

    public int Length => Lines.Sum(l => l.Text.Length);
}
