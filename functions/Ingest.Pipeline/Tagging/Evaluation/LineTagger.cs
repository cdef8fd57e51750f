using System.Text.Encodings.Web;
using System.Text.Json;
using Ingest.Pipeline.Normalization;
using Ingest.Pipeline.Tagging.Entities;
using Ingest.Pipeline.Tagging.Themes;
using Ingest.Pipeline.Text;
using Microsoft.Extensions.Options;

namespace Ingest.Pipeline.Tagging.Evaluation;

/// <summary>
/// Tags text one passage per line, the logic of <c>ingest tag</c>: each line's entities (offsets in
/// UTF-16 code units of that line) and themes, written as one JSON object per line:
/// <c>{"line": n, "entities": [{"type", "text", "start", "end", "canonical"}], "themes": [{"id", "score"}]}</c>.
/// Empty lines produce empty arrays so that output lines match input lines.
/// </summary>
public sealed class LineTagger
{
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly EntityTagger _entities;
    private readonly ThemeTagger _themes;
    private readonly TaggingOptions _options;

    public LineTagger(EntityTagger entities, Taxonomy taxonomy, IOptions<TaggingOptions> options)
    {
        _entities = entities;
        _themes = new ThemeTagger(taxonomy);
        _options = options.Value;
    }

    /// <summary>Tags one line (without its line break).</summary>
    public TaggedLine Tag(int lineNumber, string line, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(line);
        if (line.Length == 0)
        {
            return new TaggedLine(lineNumber, [], []);
        }

        var folded = ScriptFolder.Fold(line);
        var entities = _entities.Tag(line, folded, QualityReport.Clean, publishedAt: null, cancellationToken);
        var themes = _themes.Score(folded, _options.ThemeThreshold, _options.ThemeTopK);
        return new TaggedLine(lineNumber, entities, themes);
    }

    /// <summary>Reads lines until the end of <paramref name="input"/> and writes one JSON line each; returns the number of lines.</summary>
    public async Task<int> RunAsync(TextReader input, TextWriter output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(output);
        var number = 0;
        while (await input.ReadLineAsync(cancellationToken).ConfigureAwait(false) is { } line)
        {
            number++;
            var tagged = Tag(number, line.TrimEnd('\r'), cancellationToken);
            await output.WriteLineAsync(ToJson(tagged).AsMemory(), cancellationToken).ConfigureAwait(false);
        }

        await output.FlushAsync(cancellationToken).ConfigureAwait(false);
        return number;
    }

    /// <summary>The JSON object of one line, without a line break.</summary>
    public static string ToJson(TaggedLine tagged)
    {
        ArgumentNullException.ThrowIfNull(tagged);
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            writer.WriteStartObject();
            writer.WriteNumber("line", tagged.Line);
            writer.WriteStartArray("entities");
            foreach (var e in tagged.Entities)
            {
                writer.WriteStartObject();
                writer.WriteString("type", e.Type.ToString().ToLowerInvariant());
                writer.WriteString("text", e.Text);
                writer.WriteNumber("start", e.Start);
                writer.WriteNumber("end", e.End);
                writer.WriteString("canonical", e.Canonical);
                if (e.Detail is not null) writer.WriteString("detail", e.Detail);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteStartArray("themes");
            foreach (var t in tagged.Themes)
            {
                writer.WriteStartObject();
                writer.WriteString("id", t.Id);
                writer.WriteNumber("score", t.Score);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }
}
