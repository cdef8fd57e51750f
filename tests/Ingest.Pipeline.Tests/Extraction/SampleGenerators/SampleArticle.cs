namespace Ingest.Pipeline.Tests.Extraction.SampleGenerators;

/// <summary>The content of a generated sample: title, author, date, and sections of paragraphs (a null heading is the lead).</summary>
internal sealed record SampleArticle(string Title, string Author, DateOnly PublishedAt, string Source, IReadOnlyList<(string? Heading, IReadOnlyList<string> Paragraphs)> Sections)
{
    public IEnumerable<string> Headings => Sections.Select(s => s.Heading).OfType<string>();

    public string FirstParagraph => Sections[0].Paragraphs[0];
}
