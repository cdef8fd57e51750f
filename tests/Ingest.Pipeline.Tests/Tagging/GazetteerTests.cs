using Ingest.Pipeline.Tagging.Gazetteer;
using Ingest.Pipeline.Text;
using Xunit;

namespace Ingest.Pipeline.Tests.Tagging;

public sealed class GazetteerTests
{
    private static readonly Gazetteer Places = Gazetteer.Default;

    [Theory]
    [InlineData("广东省", "广东", PlaceLevel.Province, "")]
    [InlineData("广东", "广东", PlaceLevel.Province, "")]
    [InlineData("上海市", "上海", PlaceLevel.Province, "")]
    [InlineData("上海", "上海", PlaceLevel.Province, "")]
    [InlineData("深圳", "深圳", PlaceLevel.City, "广东")]
    [InlineData("深圳市", "深圳", PlaceLevel.City, "广东")]
    [InlineData("杭州", "杭州", PlaceLevel.City, "浙江")]
    [InlineData("美国", "美国", PlaceLevel.Country, "")]
    [InlineData("中国", "中国", PlaceLevel.Country, "")]
    [InlineData("香港", "香港", PlaceLevel.Province, "")]
    [InlineData("台湾", "台湾", PlaceLevel.Province, "")]
    [InlineData("台北", "台北", PlaceLevel.City, "台湾")]
    [InlineData("内蒙古", "内蒙古", PlaceLevel.Province, "")]
    [InlineData("广西", "广西", PlaceLevel.Province, "")]
    [InlineData("延边", "延边", PlaceLevel.City, "吉林")]
    [InlineData("浦东新区", "浦东新区", PlaceLevel.County, "上海")]
    public void TryGet_KnownName_ReturnsPlace(string name, string canonical, PlaceLevel level, string parent)
    {
        Assert.True(Places.TryGet(name, out var place), name);
        Assert.Equal(canonical, place.Canonical);
        Assert.Equal(level, place.Level);
        Assert.Equal(parent, place.Parent);
    }

    [Fact]
    public void TryGet_TraditionalNameAfterFolding_ReturnsPlace()
    {
        Assert.True(Places.TryGet(ScriptFolder.Fold("臺北"), out var place));
        Assert.Equal("台北", place.Canonical);
    }

    [Fact]
    public void TryGet_NameSharedByProvinceAndCity_ReturnsProvince()
    {
        Assert.True(Places.TryGet("吉林", out var province));
        Assert.Equal(PlaceLevel.Province, province.Level);
        Assert.True(Places.TryGet("吉林市", out var city));
        Assert.Equal(PlaceLevel.City, city.Level);
        Assert.Equal("吉林", city.Parent);
    }

    [Theory]
    [InlineData("城区")]
    [InlineData("市辖区")]
    [InlineData("鼓楼区")]
    [InlineData("将军")]
    [InlineData("欧盟")]
    public void TryGet_GenericAmbiguousOrNonPlace_ReturnsFalse(string name)
    {
        Assert.False(Places.TryGet(name, out _));
    }

    [Fact]
    public void TryGet_SpanInsideLongerText_MatchesWithoutAllocation()
    {
        var text = "他在深圳市工作".AsSpan();
        Assert.True(Places.TryGet(text.Slice(2, 3), out var place));
        Assert.Equal("深圳", place.Canonical);
    }

    [Fact]
    public void MaxNameLength_CoversLongestName()
    {
        Assert.True(Places.MaxNameLength >= "大不列颠及北爱尔兰联合王国".Length);
        Assert.True(Places.Count > 5000);
    }
}
