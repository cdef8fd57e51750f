using System.Text;
using Ingest.Api.Search;
using Ingest.Pipeline.Query;
using Microsoft.AspNetCore.Http;

namespace Ingest.Api.Tests.Search;

public sealed class SearchRequestParserTests
{
    [Fact]
    public void FromQueryString_Defaults_DocumentsModeTopTenRelevance()
    {
        var (query, errors) = Parse("?q=數字化");

        Assert.Empty(errors);
        Assert.Equal("數字化", query!.Text);
        Assert.Equal(SearchMode.Documents, query.Mode);
        Assert.Equal(10, query.Top);
        Assert.Equal(0, query.Skip);
        Assert.Equal(SearchOrder.Relevance, query.OrderBy);
    }

    [Fact]
    public void FromQueryString_RepeatedAndCommaFilters_AreAlternatives()
    {
        var (query, _) = Parse("?q=x&place=广东&place=浙江,上海&theme=digital-government&facets=place,theme&facets=person");

        Assert.Equal(["广东", "浙江", "上海"], query!.Filters.Places);
        Assert.Equal(["digital-government"], query.Filters.Themes);
        Assert.Equal([FacetField.Place, FacetField.Theme, FacetField.Person], query.Facets);
    }

    [Theory]
    [InlineData("?top=0", "top")]
    [InlineData("?top=1000", "top")]
    [InlineData("?top=ten", "top")]
    [InlineData("?skip=-1", "skip")]
    [InlineData("?skip=1001", "skip")]
    [InlineData("?from=2021-13-01", "from")]
    [InlineData("?to=yesterday", "to")]
    [InlineData("?facets=colour", "facets")]
    [InlineData("?mode=pages", "mode")]
    [InlineData("?orderBy=title", "orderBy")]
    [InlineData("?from=2022-01-02&to=2022-01-01", "to")]
    public void FromQueryString_BadParameter_NamesIt(string queryString, string parameter)
    {
        var (query, errors) = Parse(queryString);

        Assert.Null(query);
        Assert.True(errors.ContainsKey(parameter), $"errors name {string.Join(", ", errors.Keys)}");
    }

    [Fact]
    public void FromQueryString_TextOverLimit_IsRejected()
    {
        var (query, errors) = Parse("?q=" + new string('字', SearchQuery.MaxTextLength + 1));

        Assert.Null(query);
        Assert.Contains("1000", errors["q"][0], StringComparison.Ordinal);
    }

    [Fact]
    public void FromQueryString_SeveralBadParameters_ReportsEach()
    {
        var (_, errors) = Parse("?top=0&skip=5000&facets=nope");

        Assert.Equal(["facets", "skip", "top"], errors.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task FromJsonAsync_SameFieldsAsQueryString_ParsesArraysAndStrings()
    {
        var (query, errors) = await ParseJsonAsync("""{"q":"数字化转型","place":["广东","浙江"],"theme":"digital-economy","facets":["place","theme"],"top":5,"skip":"5","orderBy":"date","from":"2021-01-01"}""");

        Assert.Empty(errors);
        Assert.Equal("数字化转型", query!.Text);
        Assert.Equal(["广东", "浙江"], query.Filters.Places);
        Assert.Equal(["digital-economy"], query.Filters.Themes);
        Assert.Equal(5, query.Top);
        Assert.Equal(5, query.Skip);
        Assert.Equal(SearchOrder.Date, query.OrderBy);
        Assert.Equal(new DateOnly(2021, 1, 1), query.Filters.From);
    }

    [Theory]
    [InlineData("{\"q\": \"x\",")]
    [InlineData("not json")]
    [InlineData("[1,2]")]
    public async Task FromJsonAsync_MalformedBody_ReportsBody(string body)
    {
        var (query, errors) = await ParseJsonAsync(body);

        Assert.Null(query);
        Assert.True(errors.ContainsKey("body"));
    }

    [Fact]
    public async Task FromJsonAsync_WrongTypes_NameTheField()
    {
        var (query, errors) = await ParseJsonAsync("""{"place": 3, "top": true}""");

        Assert.Null(query);
        Assert.Equal(["place", "top"], errors.Keys.Order(StringComparer.Ordinal));
    }

    private static (SearchQuery? Query, Dictionary<string, string[]> Errors) Parse(string queryString) =>
        SearchRequestParser.FromQueryString(new QueryCollection(Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(queryString)));

    private static Task<(SearchQuery? Query, Dictionary<string, string[]> Errors)> ParseJsonAsync(string body)
    {
        var context = new DefaultHttpContext();
        context.Request.Method = HttpMethods.Post;
        context.Request.Body = new MemoryStream(Encoding.UTF8.GetBytes(body));
        return SearchRequestParser.FromJsonAsync(context.Request, TestContext.Current.CancellationToken);
    }
}
