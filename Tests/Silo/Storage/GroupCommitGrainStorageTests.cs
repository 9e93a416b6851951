using CheckIn.Silo.Storage;
using Orleans.Storage;

namespace CheckIn.Tests.Silo.Storage;

/// <summary>The Orleans <see cref="IGrainStorage"/> contract and group commit, run against each real database by a subclass.</summary>
public abstract class GroupCommitGrainStorageTests : IAsyncLifetime
{
    protected const string StateName = "state";

    // Long enough that a batch is only ever committed because it is full: makes batch membership deterministic.
    private static readonly TimeSpan s_fillBatchDelay = TimeSpan.FromMinutes(5);

    private readonly List<IAsyncDisposable> _providers = [];
    private GroupCommitGrainStorage? _storage;

    protected static CancellationToken Ct => TestContext.Current.CancellationToken;

    private protected GroupCommitGrainStorage Storage => _storage ?? throw new InvalidOperationException("Not initialized.");

    public virtual async ValueTask InitializeAsync()
    {
        _storage = NewProvider(GroupCommitGrainStorageOptions.DefaultMaxBatchSize, TimeSpan.Zero);
        await _storage.InitializeAsync(Ct);
    }

    public virtual async ValueTask DisposeAsync()
    {
        foreach (var provider in _providers)
        {
            await provider.DisposeAsync();
        }

        GC.SuppressFinalize(this);
    }

    [Fact]
    public async Task ReadStateAsync_NeverWritten_ReturnsEmptyStateAndNoRecord()
    {
        var state = StorageTestKit.State("stale", etag: "7");

        await Storage.ReadStateAsync(StateName, StorageTestKit.NewGrainId(), state);

        Assert.False(state.RecordExists);
        Assert.Null(state.ETag);
        Assert.Equal(new StorageTestState(), state.State);
    }

    [Fact]
    public async Task WriteStateAsync_ThenReadStateAsync_ReturnsStateAndEtag()
    {
        var grain = StorageTestKit.NewGrainId();
        var written = StorageTestKit.State("one");

        await Storage.WriteStateAsync(StateName, grain, written);
        var firstEtag = written.ETag;
        written.State = new StorageTestState { Text = "two", Number = 2 };
        await Storage.WriteStateAsync(StateName, grain, written);

        Assert.True(written.RecordExists);
        Assert.NotNull(firstEtag);
        Assert.NotEqual(firstEtag, written.ETag);
        var read = StorageTestKit.State("ignored");
        await Storage.ReadStateAsync(StateName, grain, read);
        Assert.True(read.RecordExists);
        Assert.Equal(written.ETag, read.ETag);
        Assert.Equal(new StorageTestState { Text = "two", Number = 2 }, read.State);
    }

    [Fact]
    public async Task WriteStateAsync_StateNamesOfOneGrain_AreStoredApart()
    {
        var grain = StorageTestKit.NewGrainId();

        await Storage.WriteStateAsync("a", grain, StorageTestKit.State("a"));
        await Storage.WriteStateAsync("b", grain, StorageTestKit.State("b"));

        var a = StorageTestKit.State(string.Empty);
        await Storage.ReadStateAsync("a", grain, a);
        Assert.Equal("a", a.State?.Text);
        var b = StorageTestKit.State(string.Empty);
        await Storage.ReadStateAsync("b", grain, b);
        Assert.Equal("b", b.State?.Text);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("999")]
    [InlineData("not-a-version")]
    public async Task WriteStateAsync_EtagDoesNotMatch_ThrowsInconsistentStateAndChangesNothing(string? staleEtag)
    {
        var grain = StorageTestKit.NewGrainId();
        var current = StorageTestKit.State("kept");
        await Storage.WriteStateAsync(StateName, grain, current);

        await Assert.ThrowsAsync<InconsistentStateException>(() => Storage.WriteStateAsync(StateName, grain, StorageTestKit.State("lost", staleEtag)));

        var read = StorageTestKit.State(string.Empty);
        await Storage.ReadStateAsync(StateName, grain, read);
        Assert.Equal("kept", read.State?.Text);
        Assert.Equal(current.ETag, read.ETag);
    }

    [Fact]
    public async Task WriteStateAsync_FirstWriteWithEtag_ThrowsInconsistentStateAndCreatesNothing()
    {
        var grain = StorageTestKit.NewGrainId();

        await Assert.ThrowsAsync<InconsistentStateException>(() => Storage.WriteStateAsync(StateName, grain, StorageTestKit.State("ghost", "1")));

        var read = StorageTestKit.State(string.Empty);
        await Storage.ReadStateAsync(StateName, grain, read);
        Assert.False(read.RecordExists);
        Assert.Null(read.ETag);
    }

    [Fact]
    public async Task ClearStateAsync_AfterWrite_ReadReturnsEmptyStateAndNoRecord()
    {
        var grain = StorageTestKit.NewGrainId();
        var state = StorageTestKit.State("doomed");
        await Storage.WriteStateAsync(StateName, grain, state);
        var writtenEtag = state.ETag;

        await Storage.ClearStateAsync(StateName, grain, state);

        Assert.False(state.RecordExists);
        Assert.NotEqual(writtenEtag, state.ETag);
        Assert.Equal(new StorageTestState(), state.State);
        var read = StorageTestKit.State("ignored");
        await Storage.ReadStateAsync(StateName, grain, read);
        Assert.False(read.RecordExists);
        Assert.Equal(state.ETag, read.ETag);
        Assert.Equal(new StorageTestState(), read.State);
    }

    [Fact]
    public async Task ClearStateAsync_StaleEtag_ThrowsInconsistentStateAndKeepsState()
    {
        var grain = StorageTestKit.NewGrainId();
        var first = StorageTestKit.State("v1");
        await Storage.WriteStateAsync(StateName, grain, first);
        var stale = StorageTestKit.State("v1", first.ETag);
        first.State = new StorageTestState { Text = "v2" };
        await Storage.WriteStateAsync(StateName, grain, first);

        await Assert.ThrowsAsync<InconsistentStateException>(() => Storage.ClearStateAsync(StateName, grain, stale));

        var read = StorageTestKit.State(string.Empty);
        await Storage.ReadStateAsync(StateName, grain, read);
        Assert.Equal("v2", read.State?.Text);
        Assert.Equal(first.ETag, read.ETag);
    }

    [Fact]
    public async Task ClearStateAsync_NeverWritten_SucceedsWithoutCreatingState()
    {
        var grain = StorageTestKit.NewGrainId();
        var state = StorageTestKit.State("nothing");

        await Storage.ClearStateAsync(StateName, grain, state);

        Assert.Null(state.ETag);
        Assert.False(state.RecordExists);
        var read = StorageTestKit.State(string.Empty);
        await Storage.ReadStateAsync(StateName, grain, read);
        Assert.Null(read.ETag);
    }

    [Fact]
    public async Task WriteStateAsync_AfterClear_StoresNewStateWithNewEtag()
    {
        var grain = StorageTestKit.NewGrainId();
        var state = StorageTestKit.State("before");
        await Storage.WriteStateAsync(StateName, grain, state);
        await Storage.ClearStateAsync(StateName, grain, state);
        var clearedEtag = state.ETag;

        state.State = new StorageTestState { Text = "after", Number = 5 };
        await Storage.WriteStateAsync(StateName, grain, state);

        Assert.True(state.RecordExists);
        Assert.NotEqual(clearedEtag, state.ETag);
        var read = StorageTestKit.State(string.Empty);
        await Storage.ReadStateAsync(StateName, grain, read);
        Assert.True(read.RecordExists);
        Assert.Equal(state.ETag, read.ETag);
        Assert.Equal(new StorageTestState { Text = "after", Number = 5 }, read.State);
    }

    [Fact]
    public async Task WriteStateAsync_AfterClearWithoutEtag_ThrowsInconsistentState()
    {
        // A cleared state keeps its version, so a writer that never saw it cannot resurrect it.
        var grain = StorageTestKit.NewGrainId();
        var state = StorageTestKit.State("before");
        await Storage.WriteStateAsync(StateName, grain, state);
        await Storage.ClearStateAsync(StateName, grain, state);

        await Assert.ThrowsAsync<InconsistentStateException>(() => Storage.WriteStateAsync(StateName, grain, StorageTestKit.State("blind")));
    }

    [Fact]
    public async Task WriteStateAsync_ManyConcurrentWrites_CommitInFewerTransactionsThanWrites()
    {
        // Batches of 50 that commit only when full: 200 writes are exactly 4 transactions, whatever the timing.
        var provider = NewProvider(maxBatchSize: 50, s_fillBatchDelay);
        var grains = Enumerable.Range(0, 200).Select(_ => StorageTestKit.NewGrainId()).ToList();
        var states = grains.Select(g => StorageTestKit.State(g.ToString())).ToList();

        await Task.WhenAll(grains.Select((g, i) => provider.WriteStateAsync(StateName, g, states[i]))).WaitAsync(StorageTestKit.Deadline, Ct);

        Assert.Equal(4, provider.CommittedTransactions);
        for (var i = 0; i < grains.Count; i++)
        {
            var read = StorageTestKit.State(string.Empty);
            await Storage.ReadStateAsync(StateName, grains[i], read);
            Assert.Equal(grains[i].ToString(), read.State?.Text);
            Assert.Equal(states[i].ETag, read.ETag);
        }
    }

    [Fact]
    public async Task WriteStateAsync_BurstWithoutBatchDelay_CommitsEveryWrite()
    {
        var grains = Enumerable.Range(0, 300).Select(_ => StorageTestKit.NewGrainId()).ToList();

        await Task.WhenAll(grains.Select(g => Storage.WriteStateAsync(StateName, g, StorageTestKit.State("burst")))).WaitAsync(StorageTestKit.Deadline, Ct);

        Assert.InRange(Storage.CommittedTransactions, 1, grains.Count);
        var read = StorageTestKit.State(string.Empty);
        await Storage.ReadStateAsync(StateName, grains[^1], read);
        Assert.Equal("burst", read.State?.Text);
    }

    [Fact]
    public async Task WriteStateAsync_StaleEtagInsideBatch_FailsOnlyThatWriteAndCommitsTheOthers()
    {
        var provider = NewProvider(maxBatchSize: 10, s_fillBatchDelay);
        var grains = Enumerable.Range(0, 10).Select(_ => StorageTestKit.NewGrainId()).ToList();
        var states = grains.Select(_ => StorageTestKit.State("v1")).ToList();
        await Task.WhenAll(grains.Select((g, i) => provider.WriteStateAsync(StateName, g, states[i]))).WaitAsync(StorageTestKit.Deadline, Ct);
        var before = provider.CommittedTransactions;

        var writes = grains.Select((g, i) => provider.WriteStateAsync(StateName, g, StorageTestKit.State("v2", i == 4 ? "999" : states[i].ETag))).ToList();

        await Assert.ThrowsAsync<InconsistentStateException>(() => writes[4].WaitAsync(StorageTestKit.Deadline, Ct));
        await Task.WhenAll(writes.Where((_, i) => i != 4)).WaitAsync(StorageTestKit.Deadline, Ct);
        Assert.Equal(before + 1, provider.CommittedTransactions);
        Assert.Equal(0, provider.FailedTransactions);
        for (var i = 0; i < grains.Count; i++)
        {
            var read = StorageTestKit.State(string.Empty);
            await Storage.ReadStateAsync(StateName, grains[i], read);
            Assert.Equal(i == 4 ? "v1" : "v2", read.State?.Text);
        }
    }

    [Fact]
    public async Task WriteStateAsync_SeveralOperationsOnOneRowInOneBatch_ApplyInQueueOrder()
    {
        // ETags are versions ("1" after the first write), so later operations can name the versions that the
        // earlier ones in the same batch will produce.
        var provider = NewProvider(maxBatchSize: 4, s_fillBatchDelay);
        var grain = StorageTestKit.NewGrainId();
        var insert = StorageTestKit.State("a");
        var update = StorageTestKit.State("b", "1");
        var stale = StorageTestKit.State("stale", "1");
        var clear = StorageTestKit.State("c", "2");

        var operations = new[]
        {
            provider.WriteStateAsync(StateName, grain, insert),
            provider.WriteStateAsync(StateName, grain, update),
            provider.WriteStateAsync(StateName, grain, stale),
            provider.ClearStateAsync(StateName, grain, clear),
        };

        await operations[0].WaitAsync(StorageTestKit.Deadline, Ct);
        await operations[1].WaitAsync(StorageTestKit.Deadline, Ct);
        await Assert.ThrowsAsync<InconsistentStateException>(() => operations[2].WaitAsync(StorageTestKit.Deadline, Ct));
        await operations[3].WaitAsync(StorageTestKit.Deadline, Ct);
        Assert.Equal(("1", "2", "3"), (insert.ETag, update.ETag, clear.ETag));
        Assert.Equal(1, provider.CommittedTransactions);
        var read = StorageTestKit.State(string.Empty);
        await Storage.ReadStateAsync(StateName, grain, read);
        Assert.False(read.RecordExists);
        Assert.Equal("3", read.ETag);
    }

    [Fact]
    public async Task WriteStateAsync_ConcurrentFirstWritesFromSeveralProviders_ExactlyOneSucceeds()
    {
        var grain = StorageTestKit.NewGrainId();
        var providers = new[] { NewProvider(512, TimeSpan.Zero), NewProvider(1, TimeSpan.Zero), NewProvider(8, TimeSpan.Zero) };

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 30).Select(async i =>
        {
            try
            {
                await providers[i % providers.Length].WriteStateAsync(StateName, grain, StorageTestKit.State($"writer {i}"));
                return $"writer {i}";
            }
            catch (InconsistentStateException)
            {
                return null;
            }
        })).WaitAsync(StorageTestKit.Deadline, Ct);

        var winner = Assert.Single(outcomes, o => o is not null);
        var read = StorageTestKit.State(string.Empty);
        await Storage.ReadStateAsync(StateName, grain, read);
        Assert.Equal(winner, read.State?.Text);
        Assert.Equal("1", read.ETag);
    }

    [Fact]
    public async Task WriteStateAsync_CommitRejectedByDatabase_FailsEveryWriteInTheBatchAndNextBatchCommits()
    {
        const int batchSize = 7;
        var provider = NewProvider(batchSize, s_fillBatchDelay);
        var poison = StorageTestKit.NewGrainId();
        await InstallPoisonTriggerAsync(poison.Key.ToString());
        try
        {
            var grains = Enumerable.Range(0, batchSize).Select(i => i == 3 ? poison : StorageTestKit.NewGrainId()).ToList();

            var errors = await Task.WhenAll(grains.Select(async g =>
            {
                try
                {
                    await provider.WriteStateAsync(StateName, g, StorageTestKit.State("batched"));
                    return null;
                }
                catch (Exception ex)
                {
                    return ex;
                }
            })).WaitAsync(StorageTestKit.Deadline, Ct);

            Assert.All(errors, e =>
            {
                Assert.NotNull(e);
                Assert.IsNotType<InconsistentStateException>(e);
                Assert.Contains("poison", e.Message, StringComparison.Ordinal);
            });
            Assert.Equal(1, provider.FailedTransactions);
            foreach (var grain in grains)
            {
                var read = StorageTestKit.State(string.Empty);
                await Storage.ReadStateAsync(StateName, grain, read);
                Assert.Null(read.ETag);
            }

            var later = Enumerable.Range(0, batchSize).Select(_ => StorageTestKit.NewGrainId()).ToList();
            await Task.WhenAll(later.Select(g => provider.WriteStateAsync(StateName, g, StorageTestKit.State("later")))).WaitAsync(StorageTestKit.Deadline, Ct);
            Assert.Equal(1, provider.CommittedTransactions);
        }
        finally
        {
            await RemovePoisonTriggerAsync();
        }
    }

    [Fact]
    public async Task DisposeAsync_WithQueuedWrites_CommitsThemBeforeStopping()
    {
        var provider = NewProvider(GroupCommitGrainStorageOptions.DefaultMaxBatchSize, TimeSpan.Zero);
        var grains = Enumerable.Range(0, 100).Select(_ => StorageTestKit.NewGrainId()).ToList();
        var writes = grains.Select(g => provider.WriteStateAsync(StateName, g, StorageTestKit.State("queued"))).ToList();

        await provider.DisposeAsync().AsTask().WaitAsync(StorageTestKit.Deadline, Ct);

        await Task.WhenAll(writes).WaitAsync(StorageTestKit.Deadline, Ct);
        foreach (var grain in grains)
        {
            var read = StorageTestKit.State(string.Empty);
            await Storage.ReadStateAsync(StateName, grain, read);
            Assert.Equal("queued", read.State?.Text);
        }

        await Assert.ThrowsAsync<ObjectDisposedException>(() => provider.WriteStateAsync(StateName, StorageTestKit.NewGrainId(), StorageTestKit.State("late")));
    }

    [Fact]
    public async Task InitializeAsync_AgainAndFromAnotherProvider_KeepsSchemaAndData()
    {
        var grain = StorageTestKit.NewGrainId();
        var state = StorageTestKit.State("kept");
        await Storage.WriteStateAsync(StateName, grain, state);
        var other = NewProvider(GroupCommitGrainStorageOptions.DefaultMaxBatchSize, TimeSpan.Zero);

        await Task.WhenAll(other.InitializeAsync(Ct), Storage.InitializeAsync(Ct)).WaitAsync(StorageTestKit.Deadline, Ct);

        var read = StorageTestKit.State(string.Empty);
        await other.ReadStateAsync(StateName, grain, read);
        Assert.Equal("kept", read.State?.Text);
        Assert.Equal(state.ETag, read.ETag);
    }

    /// <summary>A new provider on the test's database; disposed with the test.</summary>
    private protected GroupCommitGrainStorage NewProvider(int maxBatchSize, TimeSpan maxBatchDelay)
    {
        var provider = CreateProvider(maxBatchSize, maxBatchDelay);
        _providers.Add(provider);
        return provider;
    }

    private protected abstract GroupCommitGrainStorage CreateProvider(int maxBatchSize, TimeSpan maxBatchDelay);

    /// <summary>Makes the database reject (with a message containing "poison") any write of the grain key.</summary>
    protected abstract Task InstallPoisonTriggerAsync(string grainKey);

    protected abstract Task RemovePoisonTriggerAsync();
}
