using CheckIn.Runtime.Storage;
using CheckIn.Runtime;
using CheckIn.Tests.Infrastructure;

namespace CheckIn.Tests.Storage;

/// <summary>The ETag contract every <see cref="IGrainStorage"/> provider keeps; one subclass per provider.</summary>
public abstract class GrainStorageContractTests : IAsyncLifetime
{
    protected const string StateName = "state";

    private IGrainStorage? _storage;

    protected static CancellationToken Ct => TestContext.Current.CancellationToken;

    protected IGrainStorage Storage => _storage ?? throw new InvalidOperationException("Not initialized.");

    public async ValueTask InitializeAsync() => _storage = await CreateStorageAsync();

    public virtual async ValueTask DisposeAsync()
    {
        switch (_storage)
        {
            case IAsyncDisposable disposable:
                await disposable.DisposeAsync();
                break;
            case IDisposable disposable:
                disposable.Dispose();
                break;
        }
    }

    [Fact]
    public async Task ReadAsync_NeverWritten_ReturnsNull()
    {
        Assert.Null(await Storage.ReadAsync(StateName, TestGrains.NewId(), Ct));
    }

    [Fact]
    public async Task WriteAsync_ThenReadAsync_ReturnsDataAndEtag()
    {
        var grain = TestGrains.NewId();

        var first = await Storage.WriteAsync(StateName, grain, TestGrains.Payload("one"), expectedEtag: null, Ct);
        var second = await Storage.WriteAsync(StateName, grain, TestGrains.Payload("two"), first, Ct);

        Assert.NotEqual(first, second);
        var stored = await Storage.ReadAsync(StateName, grain, Ct);
        Assert.NotNull(stored);
        Assert.Equal(TestGrains.Payload("two"), stored.Data);
        Assert.Equal(second, stored.Etag);
    }

    [Fact]
    public async Task WriteAsync_StateNamesOfOneGrain_AreStoredApart()
    {
        var grain = TestGrains.NewId();

        await Storage.WriteAsync("a", grain, TestGrains.Payload("a"), expectedEtag: null, Ct);
        await Storage.WriteAsync("b", grain, TestGrains.Payload("b"), expectedEtag: null, Ct);

        Assert.Equal(TestGrains.Payload("a"), (await Storage.ReadAsync("a", grain, Ct))?.Data);
        Assert.Equal(TestGrains.Payload("b"), (await Storage.ReadAsync("b", grain, Ct))?.Data);
    }

    [Fact]
    public async Task WriteAsync_StaleEtag_ThrowsInconsistentStateAndChangesNothing()
    {
        var grain = TestGrains.NewId();
        var first = await Storage.WriteAsync(StateName, grain, TestGrains.Payload("one"), expectedEtag: null, Ct);
        var second = await Storage.WriteAsync(StateName, grain, TestGrains.Payload("two"), first, Ct);

        await Assert.ThrowsAsync<InconsistentStateException>(
            () => Storage.WriteAsync(StateName, grain, TestGrains.Payload("stale"), first, Ct));

        var stored = await Storage.ReadAsync(StateName, grain, Ct);
        Assert.Equal(TestGrains.Payload("two"), stored?.Data);
        Assert.Equal(second, stored?.Etag);
    }

    [Fact]
    public async Task WriteAsync_NoEtagWhenStateExists_ThrowsInconsistentState()
    {
        var grain = TestGrains.NewId();
        var etag = await Storage.WriteAsync(StateName, grain, TestGrains.Payload("one"), expectedEtag: null, Ct);

        await Assert.ThrowsAsync<InconsistentStateException>(
            () => Storage.WriteAsync(StateName, grain, TestGrains.Payload("again"), expectedEtag: null, Ct));

        Assert.Equal(etag, (await Storage.ReadAsync(StateName, grain, Ct))?.Etag);
    }

    [Fact]
    public async Task WriteAsync_EtagNotIssuedByStorage_ThrowsInconsistentState()
    {
        var grain = TestGrains.NewId();
        await Storage.WriteAsync(StateName, grain, TestGrains.Payload("one"), expectedEtag: null, Ct);

        await Assert.ThrowsAsync<InconsistentStateException>(
            () => Storage.WriteAsync(StateName, grain, TestGrains.Payload("two"), "not-an-etag", Ct));
    }

    [Fact]
    public async Task ClearAsync_ThenStaleWrite_ThrowsInconsistentState()
    {
        var grain = TestGrains.NewId();
        var written = await Storage.WriteAsync(StateName, grain, TestGrains.Payload("one"), expectedEtag: null, Ct);

        var cleared = await Storage.ClearAsync(StateName, grain, written, Ct);

        Assert.NotNull(cleared);
        Assert.NotEqual(written, cleared);
        var stored = await Storage.ReadAsync(StateName, grain, Ct);
        Assert.NotNull(stored);
        Assert.Null(stored.Data);
        Assert.Equal(cleared, stored.Etag);
        await Assert.ThrowsAsync<InconsistentStateException>(
            () => Storage.WriteAsync(StateName, grain, TestGrains.Payload("stale"), written, Ct));
        await Assert.ThrowsAsync<InconsistentStateException>(
            () => Storage.WriteAsync(StateName, grain, TestGrains.Payload("as new"), expectedEtag: null, Ct));
        var rewritten = await Storage.WriteAsync(StateName, grain, TestGrains.Payload("fresh"), cleared, Ct);
        Assert.Equal(TestGrains.Payload("fresh"), (await Storage.ReadAsync(StateName, grain, Ct))?.Data);
        Assert.Equal(rewritten, (await Storage.ReadAsync(StateName, grain, Ct))?.Etag);
    }

    [Fact]
    public async Task ClearAsync_NothingStored_ReturnsNull()
    {
        Assert.Null(await Storage.ClearAsync(StateName, TestGrains.NewId(), expectedEtag: null, Ct));
    }

    [Fact]
    public async Task ClearAsync_StaleEtag_ThrowsInconsistentStateAndKeepsData()
    {
        var grain = TestGrains.NewId();
        var first = await Storage.WriteAsync(StateName, grain, TestGrains.Payload("one"), expectedEtag: null, Ct);
        await Storage.WriteAsync(StateName, grain, TestGrains.Payload("two"), first, Ct);

        await Assert.ThrowsAsync<InconsistentStateException>(() => Storage.ClearAsync(StateName, grain, first, Ct));
        await Assert.ThrowsAsync<InconsistentStateException>(() => Storage.ClearAsync(StateName, grain, expectedEtag: null, Ct));

        Assert.Equal(TestGrains.Payload("two"), (await Storage.ReadAsync(StateName, grain, Ct))?.Data);
    }

    [Fact]
    public async Task WriteAsync_ConcurrentFirstWritesOfOneGrain_ExactlyOneSucceeds()
    {
        var grain = TestGrains.NewId();

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 50).Select(i => TryWriteAsync(Storage, grain, $"writer {i}")));

        Assert.Single(outcomes, o => o.Etag is not null);
        Assert.All(outcomes.Where(o => o.Etag is null), o => Assert.IsType<InconsistentStateException>(o.Error));
        var winner = outcomes.Single(o => o.Etag is not null);
        var stored = await Storage.ReadAsync(StateName, grain, Ct);
        Assert.Equal(TestGrains.Payload(winner.Text), stored?.Data);
        Assert.Equal(winner.Etag, stored?.Etag);
    }

    /// <summary>Creates the provider under test, on a fresh or shared database.</summary>
    protected abstract ValueTask<IGrainStorage> CreateStorageAsync();

    /// <summary>A first write that reports its outcome instead of throwing.</summary>
    protected static async Task<WriteOutcome> TryWriteAsync(IGrainStorage storage, GrainId grain, string text)
    {
        try
        {
            return new WriteOutcome(text, await storage.WriteAsync(StateName, grain, TestGrains.Payload(text), expectedEtag: null, Ct), null);
        }
        catch (Exception ex)
        {
            return new WriteOutcome(text, null, ex);
        }
    }

    /// <summary>What one write did: the new ETag, or the error.</summary>
    protected sealed record WriteOutcome(string Text, string? Etag, Exception? Error);
}
