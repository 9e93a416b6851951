using System.Diagnostics.Metrics;
using CheckIn.Runtime;
using CheckIn.Runtime.Diagnostics;
using CheckIn.Runtime.Storage.GroupCommit;
using CheckIn.Tests.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;

namespace CheckIn.Tests.Storage;

public sealed class GroupCommitWriterTests
{
    private static readonly TimeSpan s_deadline = TimeSpan.FromSeconds(30);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task EnqueueAsync_WhileACommitRuns_NextBatchTakesEverythingQueued()
    {
        var backend = new RecordingGroupCommitBackend();
        await using var writer = CreateWriter(backend, maxBatchSize: 512);
        backend.HoldNextCommit();

        var first = Enqueue(writer, "first");
        await backend.CommitHeld.Task.WaitAsync(s_deadline, Ct);
        var queued = Enumerable.Range(0, 100).Select(i => Enqueue(writer, $"queued {i}")).ToList();
        backend.Release();

        await Task.WhenAll([first, .. queued]).WaitAsync(s_deadline, Ct);
        Assert.Equal([1, 100], backend.BatchSizes);
        Assert.Equal(2, writer.CommittedTransactions);
    }

    [Fact]
    public async Task EnqueueAsync_MoreThanMaxBatchSize_SplitsIntoFullBatches()
    {
        var backend = new RecordingGroupCommitBackend();
        await using var writer = CreateWriter(backend, maxBatchSize: 30);
        backend.HoldNextCommit();
        var first = Enqueue(writer, "first");
        await backend.CommitHeld.Task.WaitAsync(s_deadline, Ct);

        var queued = Enumerable.Range(0, 100).Select(i => Enqueue(writer, $"queued {i}")).ToList();
        backend.Release();

        await Task.WhenAll([first, .. queued]).WaitAsync(s_deadline, Ct);
        Assert.Equal([1, 30, 30, 30, 10], backend.BatchSizes);
    }

    [Fact]
    public async Task EnqueueAsync_MaxBatchDelay_LingersUntilTheBatchIsFull()
    {
        var backend = new RecordingGroupCommitBackend();
        await using var writer = CreateWriter(backend, maxBatchSize: 5, maxBatchDelay: TimeSpan.FromSeconds(30));

        var writes = Enumerable.Range(0, 5).Select(i => Enqueue(writer, $"w{i}")).ToList();

        await Task.WhenAll(writes).WaitAsync(s_deadline, Ct);
        Assert.Equal([5], backend.BatchSizes);
    }

    [Fact]
    public async Task CommitAsync_BackendThrows_FailsEveryOperationInTheBatchOnly()
    {
        var backend = new RecordingGroupCommitBackend();
        await using var writer = CreateWriter(backend, maxBatchSize: 512);
        backend.HoldNextCommit();
        var first = Enqueue(writer, "first");
        await backend.CommitHeld.Task.WaitAsync(s_deadline, Ct);

        var doomed = Enumerable.Range(0, 10).Select(i => Enqueue(writer, i == 3 ? RecordingGroupCommitBackend.PoisonState : $"doomed {i}")).ToList();
        backend.Release();

        await first.WaitAsync(s_deadline, Ct);
        foreach (var write in doomed)
        {
            var error = await Assert.ThrowsAsync<InvalidOperationException>(() => write.WaitAsync(s_deadline, Ct));
            Assert.Equal("poison batch rejected", error.Message);
        }

        Assert.Equal(1, writer.FailedTransactions);
        Assert.Equal("1", await Enqueue(writer, "later").WaitAsync(s_deadline, Ct));
    }

    [Fact]
    public async Task CommitAsync_EtagMismatchInBatch_FailsOnlyThatOperation()
    {
        var backend = new RecordingGroupCommitBackend();
        await using var writer = CreateWriter(backend, maxBatchSize: 3, maxBatchDelay: TimeSpan.FromSeconds(30));

        var ok1 = Enqueue(writer, "a");
        var stale = writer.EnqueueAsync(Operation("b", expectedVersion: 7, expectedEtag: "stale"), Ct);
        var ok2 = Enqueue(writer, "c");

        await Assert.ThrowsAsync<InconsistentStateException>(() => stale.WaitAsync(s_deadline, Ct));
        Assert.Equal("1", await ok1.WaitAsync(s_deadline, Ct));
        Assert.Equal("1", await ok2.WaitAsync(s_deadline, Ct));
        Assert.Equal([3], backend.BatchSizes);
    }

    [Fact]
    public async Task EnqueueAsync_CanceledWhileQueued_IsLeftOutOfTheBatch()
    {
        var backend = new RecordingGroupCommitBackend();
        await using var writer = CreateWriter(backend, maxBatchSize: 512);
        backend.HoldNextCommit();
        var first = Enqueue(writer, "first");
        await backend.CommitHeld.Task.WaitAsync(s_deadline, Ct);
        using var cancel = new CancellationTokenSource();

        var canceled = writer.EnqueueAsync(Operation("canceled"), cancel.Token);
        var kept = Enqueue(writer, "kept");
        await cancel.CancelAsync();
        backend.Release();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => canceled.WaitAsync(s_deadline, Ct));
        await Task.WhenAll(first, kept).WaitAsync(s_deadline, Ct);
        Assert.Equal([1, 1], backend.BatchSizes);
    }

    [Fact]
    public async Task DisposeAsync_WithQueuedOperations_CommitsThemAndRefusesNewOnes()
    {
        var backend = new RecordingGroupCommitBackend();
        var writer = CreateWriter(backend, maxBatchSize: 512);
        var queued = Enumerable.Range(0, 50).Select(i => Enqueue(writer, $"q{i}")).ToList();

        await writer.DisposeAsync().AsTask().WaitAsync(s_deadline, Ct);

        await Task.WhenAll(queued).WaitAsync(s_deadline, Ct);
        Assert.True(writer.IsStopped);
        await Assert.ThrowsAsync<ObjectDisposedException>(() => Enqueue(writer, "late"));
    }

    [Fact]
    public async Task DisposeAsync_CommitNeverReturns_CancelsItAndFailsTheOperation()
    {
        var backend = new RecordingGroupCommitBackend();
        var writer = new GroupCommitWriter("fake", backend, 512, TimeSpan.Zero, TimeProvider.System, NullLogger.Instance, drainTimeout: TimeSpan.FromMilliseconds(100));
        backend.HoldNextCommit();
        var stuck = Enqueue(writer, "stuck");
        await backend.CommitHeld.Task.WaitAsync(s_deadline, Ct);

        await writer.DisposeAsync().AsTask().WaitAsync(s_deadline, Ct);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => stuck.WaitAsync(s_deadline, Ct));
        Assert.True(writer.IsStopped);
    }

    [Fact]
    public async Task CommitAsync_WithListener_RecordsBatchSizeDurationAndFailuresTaggedByProvider()
    {
        var provider = $"metrics-{Guid.NewGuid():N}";
        var sizes = new List<int>();
        var durations = 0;
        var failures = 0L;
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == RuntimeMetrics.MeterName)
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<int>((instrument, value, tags, _) =>
        {
            if (instrument == RuntimeMetrics.StorageBatchSize && HasProvider(tags, provider))
            {
                lock (sizes)
                {
                    sizes.Add(value);
                }
            }
        });
        listener.SetMeasurementEventCallback<double>((instrument, _, tags, _) =>
        {
            if (instrument == RuntimeMetrics.StorageCommitDuration && HasProvider(tags, provider))
            {
                Interlocked.Increment(ref durations);
            }
        });
        listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) =>
        {
            if (instrument == RuntimeMetrics.StorageFailedBatches && HasProvider(tags, provider))
            {
                Interlocked.Add(ref failures, value);
            }
        });
        listener.Start();
        var backend = new RecordingGroupCommitBackend();
        await using var writer = CreateWriter(backend, maxBatchSize: 4, maxBatchDelay: TimeSpan.FromSeconds(30), provider);

        await Task.WhenAll(Enumerable.Range(0, 4).Select(i => Enqueue(writer, $"m{i}"))).WaitAsync(s_deadline, Ct);
        var poisoned = Enumerable.Range(0, 4).Select(i => Enqueue(writer, i == 0 ? RecordingGroupCommitBackend.PoisonState : $"p{i}")).ToList();
        await Assert.ThrowsAsync<InvalidOperationException>(() => Task.WhenAll(poisoned).WaitAsync(s_deadline, Ct));

        Assert.Equal([4], sizes);
        Assert.Equal(1, durations);
        Assert.Equal(1, failures);
    }

    private static bool HasProvider(ReadOnlySpan<KeyValuePair<string, object?>> tags, string provider)
    {
        foreach (var tag in tags)
        {
            if (tag.Key == "storage.provider" && Equals(tag.Value, provider))
            {
                return true;
            }
        }

        return false;
    }

    private static GroupCommitWriter CreateWriter(RecordingGroupCommitBackend backend, int maxBatchSize, TimeSpan maxBatchDelay = default, string provider = "fake") =>
        new(provider, backend, maxBatchSize, maxBatchDelay, TimeProvider.System, NullLogger.Instance);

    private static Task<string?> Enqueue(GroupCommitWriter writer, string stateName) => writer.EnqueueAsync(Operation(stateName), Ct);

    private static PendingStorageOperation Operation(string stateName, long? expectedVersion = null, string? expectedEtag = null) =>
        new("fake", StorageOperationKind.Write, stateName, TestGrains.NewId(), [1, 2, 3], expectedVersion, expectedEtag);
}
