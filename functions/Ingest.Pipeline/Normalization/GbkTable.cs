using System.Text;

namespace Ingest.Pipeline.Normalization;

/// <summary>
/// GBK (code page 936) as lookup tables, built once on first use: the character of every
/// two-byte code, the code of every character, and for each trail byte the characters that end
/// with it. Repairing mojibake tries thousands of byte pairings per span, which the encoding API
/// would serve one allocation at a time.
/// </summary>
internal sealed class GbkTable
{
    private static readonly Lazy<GbkTable> Shared = new(() => new GbkTable());

    private readonly char[] _decode = new char[65536];
    private readonly ushort[] _encode = new ushort[65536];

    private GbkTable()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var gbk = Encoding.GetEncoding(936, EncoderFallback.ExceptionFallback, new DecoderReplacementFallback("\uFFFF"));
        var pair = new byte[2];
        var chars = new char[4];
        for (var lead = 0x81; lead <= 0xFE; lead++)
        {
            for (var trail = 0x40; trail <= 0xFE; trail++)
            {
                if (trail == 0x7F) continue;
                pair[0] = (byte)lead;
                pair[1] = (byte)trail;
                var count = gbk.GetChars(pair, chars);
                var c = chars[0];
                // Private-use codes (user-defined rows) decode to nothing a writer typed.
                if (count == 1 && c != '\uFFFF' && c is not (>= '\uE000' and <= '\uF8FF'))
                {
                    _decode[(lead << 8) | trail] = c;
                    if (_encode[c] == 0) _encode[c] = (ushort)((lead << 8) | trail);
                }
            }
        }
    }

    public static GbkTable Instance => Shared.Value;

    /// <summary>The character of a two-byte code, or '\0' when the code is unassigned or private.</summary>
    public char Decode(byte lead, byte trail) => _decode[(lead << 8) | trail];

    /// <summary>The two-byte code of a character, or 0 when GBK has none (ASCII included: it is one byte).</summary>
    public ushort Encode(char c) => _encode[c];

    /// <summary>Every character whose code has the given trail byte (lead unknown).</summary>
    public IEnumerable<char> WithTrail(byte trail)
    {
        for (var lead = 0x81; lead <= 0xFE; lead++)
        {
            var c = _decode[(lead << 8) | trail];
            if (c != '\0') yield return c;
        }
    }

    /// <summary>Every character whose code has the given lead byte (trail unknown).</summary>
    public IEnumerable<char> WithLead(byte lead)
    {
        for (var trail = 0x40; trail <= 0xFE; trail++)
        {
            var c = _decode[(lead << 8) | trail];
            if (c != '\0') yield return c;
        }
    }
}
