using System.Net.Sockets;
using System.Text;

namespace Ingest.EndToEnd.Tests;

/// <summary>curl sends Chinese query text as raw UTF-8 bytes; the local host must answer it like a browser's percent-encoded request.</summary>
public sealed class RawRequestLineTests
{
    [Fact]
    public async Task Search_RawUtf8InRequestLine_AnswersLikePercentEncoded()
    {
        var ct = TestContext.Current.CancellationToken;
        using var source = new TempFolder("raw");
        using var data = new TempFolder("data");
        await File.WriteAllTextAsync(source.Combine("a.txt"), "標題\n全面推進城市數字化轉型，建設數字政府。\n", ct);
        await using var host = await LocalHostRunner.StartAsync(source.Path, data.Path, ct);
        await host.Client.WaitForAsync("q=%E6%95%B8%E5%AD%97%E5%8C%96", r => r.Count() == 1, TimeSpan.FromSeconds(20), ct);

        // Two requests on one connection: a POST with a UTF-8 body (left as is), then a GET with raw UTF-8 in its target.
        var body = Encoding.UTF8.GetBytes("{\"q\":\"數字政府\"}");
        var request = Encoding.UTF8.GetBytes(
            $"POST /api/search HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: {body.Length}\r\n\r\n")
            .Concat(body)
            .Concat(Encoding.UTF8.GetBytes("GET /api/search?q=数字化转型 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"))
            .ToArray();
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(host.Client.BaseAddress!.Host, host.Client.BaseAddress.Port, ct);
        await using var stream = tcp.GetStream();
        await stream.WriteAsync(request, ct);
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var response = await reader.ReadToEndAsync(ct);

        Assert.Equal(2, response.Split("HTTP/1.1 200 OK").Length - 1);
        Assert.Contains("<em>數字政府</em>", response, StringComparison.Ordinal);
        Assert.Contains("<em>數字化轉型</em>", response, StringComparison.Ordinal);
    }
}
