using Ingest.Local.State;
using Ingest.Local.Tests.Support;
using Microsoft.Extensions.Options;

namespace Ingest.Local.Tests.State;

public sealed class FileReindexLockTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly DataFolderOptions _data;

    public FileReindexLockTests() => _data = new DataFolderOptions { Path = _folder.Sub("data") };

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public void Dispose() => _folder.Dispose();

    private FileReindexLock CreateSut() => new(Options.Create(_data));

    [Fact]
    public async Task TryAcquireAsync_HeldByAnotherInstance_ReturnsNullUntilReleased()
    {
        var holding = CreateSut();
        var holder = await holding.TryAcquireAsync(Token);
        var sut = CreateSut();

        var whileHeld = await sut.TryAcquireAsync(Token);
        var sameInstance = await holding.TryAcquireAsync(Token);
        await holder!.DisposeAsync();
        await using var afterRelease = await sut.TryAcquireAsync(Token);

        Assert.Null(whileHeld);
        Assert.Null(sameInstance);
        Assert.NotNull(afterRelease);
    }

    [Fact]
    public async Task TryAcquireAsync_NoDataFolderYet_CreatesItAndTakesTheLock()
    {
        await using var held = await CreateSut().TryAcquireAsync(Token);

        Assert.NotNull(held);
        Assert.True(File.Exists(_data.ReindexLockPath));
    }
}
