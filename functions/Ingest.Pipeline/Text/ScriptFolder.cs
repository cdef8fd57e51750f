namespace Ingest.Pipeline.Text;

/// <summary>
/// Folds text to one comparable form for matching and indexing: Traditional Chinese to Simplified,
/// full-width ASCII to ASCII, the ideographic space to a space, and ASCII letters to lower case.
/// Every mapping is one UTF-16 code unit to one, so folded text has exactly the length of its
/// source and offsets found in the folded text point at the same characters in the original.
/// The character tables come from OpenCC (see Data/README.md); conversion is per character,
/// taking the first candidate, so phrase-dependent choices (乾隆 vs 乾燥) are not made here.
/// </summary>
public static class ScriptFolder
{
    private const char FullWidthFirst = '\uFF01';
    private const char FullWidthLast = '\uFF5E';
    private const int FullWidthOffset = 0xFEE0;
    private const char IdeographicSpace = '\u3000';

    /// <summary>Folds one character (see the type summary).</summary>
    public static char Fold(char c)
    {
        // ASCII first: most text is mostly ASCII or Han, and this path never touches the tables.
        if (c < 0x80)
        {
            return char.IsAsciiLetterUpper(c) ? (char)(c | 0x20) : c;
        }

        if (c is >= FullWidthFirst and <= FullWidthLast)
        {
            var ascii = (char)(c - FullWidthOffset);
            return char.IsAsciiLetterUpper(ascii) ? (char)(ascii | 0x20) : ascii;
        }

        if (c == IdeographicSpace)
        {
            return ' ';
        }

        return ScriptTables.TraditionalToSimplified[c];
    }

    /// <summary>Folds every character in place.</summary>
    public static void Fold(Span<char> chars)
    {
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = Fold(chars[i]);
        }
    }

    /// <summary>Returns the folded string, always of the same length; the same instance when nothing changes.</summary>
    public static string Fold(string s)
    {
        ArgumentNullException.ThrowIfNull(s);
        var first = FirstChange(s);
        if (first < 0)
        {
            return s;
        }

        return string.Create(s.Length, (s, first), static (span, state) =>
        {
            state.s.AsSpan().CopyTo(span);
            Fold(span[state.first..]);
        });
    }

    /// <summary>Traditional to Simplified per character, leaving case, width and everything else alone.</summary>
    public static string ToSimplified(string s) => Map(s, ScriptTables.TraditionalToSimplified);

    /// <summary>Simplified to Traditional per character (first, OpenCC standard candidate), for display and aliases.</summary>
    public static string ToTraditional(string s) => Map(s, ScriptTables.SimplifiedToTraditional);

    private static int FirstChange(string s)
    {
        for (var i = 0; i < s.Length; i++)
        {
            if (Fold(s[i]) != s[i])
            {
                return i;
            }
        }

        return -1;
    }

    private static string Map(string s, CharMap map)
    {
        ArgumentNullException.ThrowIfNull(s);
        return string.Create(s.Length, (s, map), static (span, state) =>
        {
            var source = state.s.AsSpan();
            for (var i = 0; i < source.Length; i++)
            {
                span[i] = state.map[source[i]];
            }
        });
    }
}
