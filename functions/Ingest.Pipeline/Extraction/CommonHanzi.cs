using System.Collections;
using System.Text;

namespace Ingest.Pipeline.Extraction;

/// <summary>
/// The set of frequently used Chinese characters, taken from the two national standards' own
/// frequency tiers: GB 2312 level 1 (3,755 common Simplified characters, rows 0xB0-0xD7) and
/// Big5's frequently used block (5,401 Traditional characters, 0xA440-0xC67E). Decoding those
/// byte ranges with the platform's code pages builds the set, so no character list is typed here.
/// Text decoded with the wrong code page is dense in characters outside this set.
/// </summary>
internal static class CommonHanzi
{
    private static readonly BitArray Set = Build();

    public static bool Contains(char c) => Set[c];

    private static BitArray Build()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var set = new BitArray(char.MaxValue + 1);
        var gb = Encoding.GetEncoding(936);
        var big5 = Encoding.GetEncoding(950);
        var pair = new byte[2];
        var chars = new char[4];
        for (var lead = 0xB0; lead <= 0xD7; lead++)
        {
            for (var trail = 0xA1; trail <= 0xFE; trail++)
            {
                Add(gb, (byte)lead, (byte)trail);
            }
        }

        for (var lead = 0xA4; lead <= 0xC6; lead++)
        {
            for (var trail = 0x40; trail <= 0xFE; trail++)
            {
                if (trail is > 0x7E and < 0xA1 || (lead == 0xC6 && trail > 0x7E))
                {
                    continue;
                }

                Add(big5, (byte)lead, (byte)trail);
            }
        }

        return set;

        void Add(Encoding encoding, byte lead, byte trail)
        {
            pair[0] = lead;
            pair[1] = trail;
            var count = encoding.GetChars(pair, chars);
            if (count == 1 && chars[0] >= 0x4E00)
            {
                set[chars[0]] = true;
            }
        }
    }
}
