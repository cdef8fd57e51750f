namespace Ingest.Pipeline.Text;

/// <summary>
/// A per-character substitution over the whole Basic Multilingual Plane: one array slot per
/// UTF-16 code unit, so a lookup is a single index and surrogates simply map to themselves.
/// 128 KiB per table is cheaper than any dictionary on the hot path of folding every document.
/// </summary>
internal sealed class CharMap
{
    private readonly char[] map;

    private CharMap(char[] map) => this.map = map;

    public char this[char c] => map[c];

    /// <summary>True when the table changes <paramref name="c"/>.</summary>
    public bool Changes(char c) => map[c] != c;

    public static CharMap Load(string fileName)
    {
        var map = new char[char.MaxValue + 1];
        for (var i = 0; i < map.Length; i++)
        {
            map[i] = (char)i;
        }

        foreach (var fields in EmbeddedTsv.Read(fileName))
        {
            // The generator only writes single-code-unit pairs; anything else would break the
            // length-preserving promise, so it is rejected loudly rather than skipped.
            if (fields.Length < 2 || fields[0].Length != 1 || fields[1].Length != 1)
            {
                throw new InvalidDataException($"{fileName}: expected 'from<TAB>to' with one character each, got '{string.Join('\t', fields)}'.");
            }

            map[fields[0][0]] = fields[1][0];
        }

        return new CharMap(map);
    }
}
