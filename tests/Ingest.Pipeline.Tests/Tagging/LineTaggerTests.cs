using System.Text.Json;
using Ingest.Pipeline.Tagging.Evaluation;
using Ingest.Pipeline.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Ingest.Pipeline.Tests.Tagging;

public sealed class LineTaggerTests
{
    private static readonly Lazy<LineTagger> Tagger = new(() => PipelineFactory.Create().GetRequiredService<LineTagger>());

    private static async Task<List<JsonElement>> RunAsync(string input)
    {
        var output = new StringWriter();
        await Tagger.Value.RunAsync(new StringReader(input), output, TestContext.Current.CancellationToken);
        return output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement.Clone()).ToList();
    }

    [Fact]
    public async Task RunAsync_OneObjectPerInputLine_NumberedFromOne()
    {
        var lines = await RunAsync("上海市委书记李强强调改革。\n\n廣東省長馬興瑞在《求是》刊文。\n");
        Assert.Equal([1, 2, 3], lines.Select(l => l.GetProperty("line").GetInt32()));
        Assert.Equal(0, lines[1].GetProperty("entities").GetArrayLength());
        Assert.Equal(0, lines[1].GetProperty("themes").GetArrayLength());
    }

    [Fact]
    public async Task RunAsync_Entity_HasTypeTextOffsetsAndCanonicalForm()
    {
        var line = (await RunAsync("廣東省長馬興瑞在《求是》刊文。"))[0];
        var person = line.GetProperty("entities").EnumerateArray().Single(e => e.GetProperty("type").GetString() == "person");
        Assert.Equal("馬興瑞", person.GetProperty("text").GetString());
        Assert.Equal(4, person.GetProperty("start").GetInt32());
        Assert.Equal(7, person.GetProperty("end").GetInt32());
        Assert.Equal("马兴瑞", person.GetProperty("canonical").GetString());
    }

    [Fact]
    public async Task RunAsync_OffsetsAreUtf16CodeUnitsOfTheLine()
    {
        // 𠀀 is outside the Basic Multilingual Plane: two UTF-16 code units before the place name.
        const string text = "𠀀我在上海";
        var place = (await RunAsync(text))[0].GetProperty("entities").EnumerateArray().Single();
        Assert.Equal("上海", text[place.GetProperty("start").GetInt32()..place.GetProperty("end").GetInt32()]);
        Assert.Equal(4, place.GetProperty("start").GetInt32());
    }

    [Fact]
    public void ToJson_ChineseText_IsWrittenUnescaped()
    {
        var json = LineTagger.ToJson(Tagger.Value.Tag(7, "浙江省委书记袁家军表示", TestContext.Current.CancellationToken));
        Assert.StartsWith("{\"line\":7,\"entities\":[", json, StringComparison.Ordinal);
        Assert.Contains("\"canonical\":\"袁家军\"", json, StringComparison.Ordinal);
        Assert.Contains("\"themes\":[", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Tag_PolicyPassage_ScoresItsTheme()
    {
        var tagged = Tagger.Value.Tag(1, "推进数字政府建设，政务服务一网通办，打造整体智治的数字政府。", TestContext.Current.CancellationToken);
        Assert.Equal("digital-government", tagged.Themes[0].Id);
    }
}
