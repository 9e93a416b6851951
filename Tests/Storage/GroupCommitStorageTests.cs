using CheckIn.Runtime.Storage;
using CheckIn.Runtime;
using CheckIn.Tests.Infrastructure;

namespace CheckIn.Tests.Storage;

/// <summary>Group commit, atomicity and schema tests shared by the SQL providers.</summary>
public abstract class GroupCommitStorageTests : GrainStorageContractTests
{
    // Long enough that a batch is only ever committed because it is full: makes batch membership deterministic.
    private static readonly TimeSpan s_fillBatchDelay = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan s_deadline = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task WriteAsync_FiftyConcurrentFirstWritesFromSeveralProviders_OneSucceedsAndOneRowExists()
    {
        var grain = TestGrains.NewId();
        // Several providers on one database race inside the database; writes to one provider race inside a batch.
        var providers = new[] { CreateProvider(512), CreateProvider(512), CreateProvider(1), CreateProvider(1), CreateProvider(8) };
        try
        {
            var writes = Enumerable.Range(0, 50).Select(i => TryWriteAsync(providers[i % providers.Length], grain, $"writer {i}"));
            var outcomes = await Task.WhenAll(writes).WaitAsync(s_deadline, Ct);

            Assert.Single(outcomes, o => o.Etag is not null);
            Assert.All(outcomes.Where(o => o.Etag is null), o => Assert.IsType<InconsistentStateException>(o.Error));
            Assert.Equal(1, await CountRowsAsync(grain));
            var winner = outcomes.Single(o => o.Etag is not null);
            Assert.Equal(TestGrains.Payload(winner.Text), (await Storage.ReadAsync(StateName, grain, Ct))?.Data);
        }
        finally
        {
            await DisposeAllAsync(providers);
        }
    }

    [Fact]
    public async Task WriteAsync_TwoHundredConcurrentWrites_CommitInFarFewerTransactions()
    {
        var provider = CreateProvider(GroupCommitStorageOptions.DefaultMaxBatchSize);
        try
        {
            var grains = Enumerable.Range(0, 200).Select(_ => TestGrains.NewId()).ToList();

            var etags = await Task.WhenAll(grains.Select(g => provider.WriteAsync(StateName, g, TestGrains.Payload(g.Key), null, Ct))).WaitAsync(s_deadline, Ct);

            var transactions = CommittedTransactions(provider);
            Assert.InRange(transactions, 1, 20);
            for (var i = 0; i < grains.Count; i++)
            {
                var stored = await provider.ReadAsync(StateName, grains[i], Ct);
                Assert.Equal(TestGrains.Payload(grains[i].Key), stored?.Data);
                Assert.Equal(etags[i], stored?.Etag);
            }
        }
        finally
        {
            await DisposeAllAsync(provider);
        }
    }

    [Fact]
    public async Task WriteAsync_StaleEtagInsideBatch_FailsOnlyThatWrite()
    {
        var provider = CreateProvider(10, s_fillBatchDelay);
        try
        {
            var grains = Enumerable.Range(0, 10).Select(_ => TestGrains.NewId()).ToList();
            var etags = await Task.WhenAll(grains.Select(g => provider.WriteAsync(StateName, g, TestGrains.Payload("v1"), null, Ct))).WaitAsync(s_deadline, Ct);
            var before = CommittedTransactions(provider);

            var writes = grains.Select((g, i) => provider.WriteAsync(StateName, g, TestGrains.Payload("v2"), i == 4 ? "999" : etags[i], Ct)).ToList();

            await Assert.ThrowsAsync<InconsistentStateException>(() => writes[4]).WaitAsync(s_deadline, Ct);
            foreach (var write in writes.Where((_, i) => i != 4))
            {
                await write.WaitAsync(s_deadline, Ct);
            }

            Assert.Equal(before + 1, CommittedTransactions(provider));
            Assert.Equal(TestGrains.Payload("v1"), (await provider.ReadAsync(StateName, grains[4], Ct))?.Data);
            Assert.Equal(TestGrains.Payload("v2"), (await provider.ReadAsync(StateName, grains[5], Ct))?.Data);
        }
        finally
        {
            await DisposeAllAsync(provider);
        }
    }

    [Fact]
    public async Task WriteAsync_SeveralOperationsOnOneRowInOneBatch_ApplyInQueueOrder()
    {
        // ETags are versions as strings ("1" after the first write), so later operations can name the versions
        // the earlier ones in the same batch will produce.
        var provider = CreateProvider(4, s_fillBatchDelay);
        try
        {
            var grain = TestGrains.NewId();

            var insert = provider.WriteAsync(StateName, grain, TestGrains.Payload("a"), null, Ct);
            var update = provider.WriteAsync(StateName, grain, TestGrains.Payload("b"), "1", Ct);
            var stale = provider.WriteAsync(StateName, grain, TestGrains.Payload("stale"), "1", Ct);
            var clear = provider.ClearAsync(StateName, grain, "2", Ct);

            Assert.Equal("1", await insert.WaitAsync(s_deadline, Ct));
            Assert.Equal("2", await update.WaitAsync(s_deadline, Ct));
            await Assert.ThrowsAsync<InconsistentStateException>(() => stale.WaitAsync(s_deadline, Ct));
            Assert.Equal("3", await clear.WaitAsync(s_deadline, Ct));
            Assert.Equal(1, CommittedTransactions(provider));
            var stored = await provider.ReadAsync(StateName, grain, Ct);
            Assert.Null(stored?.Data);
            Assert.Equal("3", stored?.Etag);
        }
        finally
        {
            await DisposeAllAsync(provider);
        }
    }

    [Fact]
    public async Task WriteAsync_CommitRejectedByDatabase_FailsEveryWriteInTheBatch()
    {
        const int batchSize = 21;
        var provider = CreateProvider(batchSize, s_fillBatchDelay);
        var poison = TestGrains.NewId("PoisonGrain");
        try
        {
            await ((IStorageInitializer)provider).InitializeAsync(Ct);
            await InstallPoisonTriggerAsync(poison.Key);
            var grains = Enumerable.Range(0, batchSize).Select(i => i == 10 ? poison : TestGrains.NewId()).ToList();

            var outcomes = await Task.WhenAll(grains.Select(g => TryWriteAsync(provider, g, "batched"))).WaitAsync(s_deadline, Ct);

            Assert.All(outcomes, o =>
            {
                Assert.Null(o.Etag);
                Assert.IsNotType<InconsistentStateException>(o.Error);
                Assert.Contains("poison", o.Error!.Message, StringComparison.Ordinal);
            });
            Assert.Equal(1, FailedTransactions(provider));
            foreach (var grain in grains)
            {
                Assert.Null(await provider.ReadAsync(StateName, grain, Ct));
            }

            // The next batch, without the poison row, commits.
            var later = Enumerable.Range(0, batchSize).Select(_ => TestGrains.NewId()).ToList();
            var committedBefore = CommittedTransactions(provider);
            await Task.WhenAll(later.Select(g => provider.WriteAsync(StateName, g, TestGrains.Payload("later"), null, Ct))).WaitAsync(s_deadline, Ct);
            Assert.Equal(committedBefore + 1, CommittedTransactions(provider));
            foreach (var grain in later)
            {
                Assert.Equal(TestGrains.Payload("later"), (await provider.ReadAsync(StateName, grain, Ct))?.Data);
            }
        }
        finally
        {
            await RemovePoisonTriggerAsync();
            await DisposeAllAsync(provider);
        }
    }

    [Fact]
    public async Task DisposeAsync_WithQueuedWrites_CommitsThemBeforeStopping()
    {
        var provider = CreateProvider(GroupCommitStorageOptions.DefaultMaxBatchSize);
        var grains = Enumerable.Range(0, 100).Select(_ => TestGrains.NewId()).ToList();
        var writes = grains.Select(g => provider.WriteAsync(StateName, g, TestGrains.Payload("queued"), null, Ct)).ToList();

        await DisposeAllAsync(provider).AsTask().WaitAsync(s_deadline, Ct);

        await Task.WhenAll(writes).WaitAsync(s_deadline, Ct);
        foreach (var grain in grains)
        {
            Assert.Equal(TestGrains.Payload("queued"), (await Storage.ReadAsync(StateName, grain, Ct))?.Data);
        }

        await Assert.ThrowsAsync<ObjectDisposedException>(
            () => provider.WriteAsync(StateName, TestGrains.NewId(), TestGrains.Payload("late"), null, Ct));
    }

    [Fact]
    public async Task InitializeAsync_TwiceAndConcurrently_KeepsSchemaAndData()
    {
        var grain = TestGrains.NewId();
        var etag = await Storage.WriteAsync(StateName, grain, TestGrains.Payload("kept"), null, Ct);
        var providers = new[] { CreateProvider(512), CreateProvider(512) };
        try
        {
            await Task.WhenAll(providers.Select(p => ((IStorageInitializer)p).InitializeAsync(Ct))).WaitAsync(s_deadline, Ct);
            await Task.WhenAll(providers.Select(p => ((IStorageInitializer)p).InitializeAsync(Ct))).WaitAsync(s_deadline, Ct);
            await ((IStorageInitializer)Storage).InitializeAsync(Ct);

            var stored = await providers[0].ReadAsync(StateName, grain, Ct);
            Assert.Equal(TestGrains.Payload("kept"), stored?.Data);
            Assert.Equal(etag, stored?.Etag);
            await providers[1].WriteAsync(StateName, grain, TestGrains.Payload("after"), etag, Ct);
        }
        finally
        {
            await DisposeAllAsync(providers);
        }
    }

    /// <summary>A new provider instance on the same database as <see cref="GrainStorageContractTests.Storage"/>.</summary>
    protected abstract IGrainStorage CreateProvider(int maxBatchSize, TimeSpan maxBatchDelay = default);

    protected abstract long CommittedTransactions(IGrainStorage provider);

    protected abstract long FailedTransactions(IGrainStorage provider);

    /// <summary>Rows stored for any state of <paramref name="grain"/>.</summary>
    protected abstract Task<long> CountRowsAsync(GrainId grain);

    /// <summary>Makes the database reject (with a message containing "poison") any write of the grain key.</summary>
    protected abstract Task InstallPoisonTriggerAsync(string grainKey);

    protected abstract Task RemovePoisonTriggerAsync();

    private static async ValueTask DisposeAllAsync(params IGrainStorage[] providers)
    {
        foreach (var provider in providers)
        {
            await ((IAsyncDisposable)provider).DisposeAsync();
        }
    }
}
