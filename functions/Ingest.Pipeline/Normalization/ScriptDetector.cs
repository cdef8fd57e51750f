using Ingest.Pipeline.Text;

namespace Ingest.Pipeline.Normalization;

/// <summary>Decides language and script from character statistics.</summary>
public static class ScriptDetector
{
    /// <summary>Characters counted: a quarter of a million decide as well as fifty million, in a fraction of the time.</summary>
    private const int SampleLength = 250_000;

    public static TextScript Detect(ReadOnlySpan<char> text)
    {
        text = text[..Math.Min(text.Length, SampleLength)];
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

        // A Han character carries about as much text as a Latin word of five letters. Chinese
        // articles quote English names, terms and whole sentences (a language column teaching
        // English is still a Chinese article), so Chinese wins from 60% of the text on.
        var hanShare = han / (han + latin / 5.0);
        if (hanShare >= 0.6)
        {
            return CjkChars.DetectScript(text) == ChineseScript.Traditional ? TextScript.ZhHant : TextScript.ZhHans;
        }

        return hanShare <= 0.1 ? TextScript.English : TextScript.Mixed;
    }
}
