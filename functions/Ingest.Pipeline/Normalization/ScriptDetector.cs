using Ingest.Pipeline.Text;

namespace Ingest.Pipeline.Normalization;

/// <summary>Decides language and script from character statistics.</summary>
public static class ScriptDetector
{
    public static TextScript Detect(ReadOnlySpan<char> text)
    {
        int han = 0, latin = 0;
        foreach (var c in text)
        {
            if (CjkChars.IsHan(c)) han++;
            else if (char.IsAsciiLetter(c)) latin++;
        }

        if (han + latin == 0)
        {
            return TextScript.Unknown;
        }

        // A Han character carries about as much text as a Latin word of five letters.
        var hanShare = han / (han + latin / 5.0);
        if (hanShare >= 0.75)
        {
            return CjkChars.DetectScript(text) == ChineseScript.Traditional ? TextScript.ZhHant : TextScript.ZhHans;
        }

        return hanShare <= 0.1 ? TextScript.English : TextScript.Mixed;
    }
}
