using System.Text;
using Ingest.Pipeline.Tagging.Entities;

namespace Ingest.Pipeline.Tagging.Evaluation;

/// <summary>
/// Reads the common character-per-line NER format: one <c>character TAB tag</c> (or space-separated)
/// per line, a blank line between sentences, tags in BIO (<c>B-PER</c>, <c>I-PER</c>, <c>O</c>) or
/// BMES (<c>B-</c>, <c>M-</c>, <c>E-</c>, <c>S-</c>), with <c>-</c> or <c>_</c> between prefix and
/// type. PER, LOC and ORG (and their long forms) map to person, place and organization; other types
/// (GPE counts as a place) are read but ignored. An I- or M- tag without a B- opens a span, as
/// CoNLL scoring does.
/// </summary>
public static class BioReader
{
    public static IEnumerable<GoldSentence> Read(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var text = new StringBuilder();
        var spans = new List<GoldSpan>();
        (EntityType? Type, int Start) open = (null, -1);
        var lineNumber = 0;

        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                if (text.Length > 0)
                {
                    Close(ref open, text.Length, spans);
                    yield return new GoldSentence(text.ToString(), spans.ToList());
                    text.Clear();
                    spans.Clear();
                }

                continue;
            }

            var (character, tag) = Split(line, lineNumber);
            var (prefix, type) = ParseTag(tag);
            var position = text.Length;
            switch (prefix)
            {
                case 'B':
                case 'S':
                    Close(ref open, position, spans);
                    open = (type, position);
                    break;
                case 'I':
                case 'M':
                case 'E':
                    if (open.Type != type || open.Start < 0 || type is null)
                    {
                        Close(ref open, position, spans);
                        open = (type, position);
                    }

                    break;
                default:
                    Close(ref open, position, spans);
                    break;
            }

            text.Append(character);
            if (prefix is 'S' or 'E')
            {
                Close(ref open, text.Length, spans);
            }
        }

        if (text.Length > 0)
        {
            Close(ref open, text.Length, spans);
            yield return new GoldSentence(text.ToString(), spans.ToList());
        }
    }

    /// <summary>Maps a gold-file type name to ours; null for types that are not scored.</summary>
    public static EntityType? MapType(string type) => type.ToUpperInvariant() switch
    {
        "PER" or "PERSON" or "NR" => EntityType.Person,
        "LOC" or "LOCATION" or "GPE" or "NS" => EntityType.Place,
        "ORG" or "ORGANIZATION" or "NT" => EntityType.Organization,
        _ => null,
    };

    private static void Close(ref (EntityType? Type, int Start) open, int end, List<GoldSpan> spans)
    {
        if (open.Type is { } type && open.Start >= 0 && end > open.Start)
        {
            spans.Add(new GoldSpan(type, open.Start, end));
        }

        open = (null, -1);
    }

    private static (string Character, string Tag) Split(string line, int lineNumber)
    {
        line = line.TrimEnd('\r');
        var separator = line.LastIndexOfAny(['\t', ' ']);
        if (separator <= 0)
        {
            throw new InvalidDataException($"Line {lineNumber}: expected 'character<TAB>tag', got '{line}'.");
        }

        // The character is not trimmed: a gold file may annotate a full-width space.
        return (line[..separator], line[(separator + 1)..].Trim());
    }

    private static (char Prefix, EntityType? Type) ParseTag(string tag)
    {
        if (tag.Length < 3 || tag[1] is not ('-' or '_'))
        {
            return ('O', null);
        }

        var prefix = char.ToUpperInvariant(tag[0]);
        return prefix is 'B' or 'I' or 'M' or 'E' or 'S' ? (prefix, MapType(tag[2..])) : ('O', null);
    }
}
