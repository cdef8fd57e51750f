using FsCheck;
using FsCheck.Fluent;
using Ingest.Pipeline.Documents;
using Ingest.Pipeline.Extraction;
using Ingest.Pipeline.Failures;
using Ingest.Pipeline.Tests.Support;

namespace Ingest.Pipeline.Tests.Normalization;

/// <summary>Whatever the bytes, extraction and normalization either succeed or reject the file with a reason; nothing else escapes.</summary>
public sealed class RobustnessTests
{
    private static readonly string[] Extensions = [".txt", ".md", ".html", ".json", ".pdf", ".docx", ""];

    [Fact]
    public void ExtractAndNormalize_ArbitraryBytes_SucceedOrRejectWithAReason()
    {
        var bytes = ArbMap.Default.GeneratorFor<byte[]>();
        var extension = Gen.Elements(Extensions);
        Prop.ForAll(Arb.From(Gen.Zip(bytes, extension)), input => Check(input.Item1, input.Item2)).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void ExtractAndNormalize_ArbitraryText_SucceedOrRejectWithAReason()
    {
        // Text mixing Chinese, punctuation, question marks, replacement characters and markup characters.
        var alphabet = Gen.Elements("數字化转型。，？?！!\uFFFD\u3000 \n\r\t<>{}[]\"':ㄅㄊ┯臄秶ＡＢ１２abcXYZ0123456789-\u200B\u0301".ToCharArray());
        var text = Gen.ArrayOf(alphabet).Select(chars => new string(chars));
        var extension = Gen.Elements(Extensions);
        Prop.ForAll(Arb.From(Gen.Zip(text, extension)), input => Check(System.Text.Encoding.UTF8.GetBytes(input.Item1), input.Item2)).QuickCheckThrowOnFailure();
    }

    private static bool Check(byte[] content, string extension)
    {
        var source = new SourceDocument { Path = "fuzz" + extension, Content = content };
        try
        {
            var normalized = PipelineFactory.Normalize(source);
            return normalized.Blocks.All(b => b.End <= normalized.Text.Length)
                && normalized.Quality.MojibakeSpans.All(s => normalized.Text.Substring(s.Start, s.Length) == s.Text);
        }
        catch (DocumentRejectedException ex)
        {
            return Enum.IsDefined(ex.Reason) && ex.Message.Length > 0;
        }
    }
}
