using System.Threading.Channels;
using Microsoft.Extensions.Logging;

namespace CheckIn.Silo.Storage.GroupCommit;

/// <summary>Group commit shared by the SQL providers: writes and clears from many grains queue up, and one loop
/// commits up to <c>MaxBatchSize</c> of them per transaction. Each caller completes only after its transaction
/// committed. Inside a committed transaction every row is checked on its own: a row whose ETag does not match
/// fails alone with an ETag mismatch and the others commit. A transaction that fails fails every operation in it.</summary>
/// <remarks>With <c>MaxBatchDelay</c> = 0 the loop never waits on purpose: while one commit is in flight the next
/// batch accumulates, so batches grow exactly as fast as the database is slow.</remarks>
internal sealed partial class GroupCommitWriter : IAsyncDisposable
{
    // How long disposal lets the loop commit what is still queued before canceling the commit in flight,
    // and how long it then waits for the loop to notice.
    private static readonly TimeSpan s_defaultDrainTimeout = TimeSpan.FromSeconds(15);
    private static readonly TimeSpan s_abandonTimeout = TimeSpan.FromSeconds(5);

    private readonly string _providerName;
    private readonly IGroupCommitBackend _backend;
    private readonly int _maxBatchSize;
    private readonly TimeSpan _maxBatchDelay;
    private readonly TimeProvider _timeProvider;
    private readonly TimeSpan _drainTimeout;
    private readonly ILogger _logger;
    private readonly KeyValuePair<string, object?> _providerTag;
    private readonly Channel<PendingStorageOperation> _queue;
    private readonly CancellationTokenSource _shutdown = new();
    private readonly Task _loop;
    private long _committedTransactions;
    private long _failedTransactions;
    private int _disposed;

    public GroupCommitWriter(string providerName, IGroupCommitBackend backend, int maxBatchSize, TimeSpan maxBatchDelay, TimeProvider timeProvider, ILogger logger, TimeSpan? drainTimeout = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxBatchSize, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxBatchDelay, TimeSpan.Zero);
        _providerName = providerName;
        _backend = backend;
        _maxBatchSize = maxBatchSize;
        _maxBatchDelay = maxBatchDelay;
        _timeProvider = timeProvider;
        _drainTimeout = drainTimeout ?? s_defaultDrainTimeout;
        _logger = logger;
        _providerTag = new KeyValuePair<string, object?>("storage.provider", providerName);
        _queue = Channel.CreateUnbounded<PendingStorageOperation>(new UnboundedChannelOptions
        {
            SingleReader = true,
            SingleWriter = false,
            AllowSynchronousContinuations = false,
        });
        _loop = Task.Run(RunAsync);
    }

    /// <summary>Transactions committed so far (tests assert batching through it).</summary>
    public long CommittedTransactions => Interlocked.Read(ref _committedTransactions);

    /// <summary>Transactions that failed so far.</summary>
    public long FailedTransactions => Interlocked.Read(ref _failedTransactions);

    /// <summary>True once the loop has ended (after disposal, unless it had to be abandoned).</summary>
    public bool IsStopped => _loop.IsCompleted;

    /// <summary>Queues a write conditional on <paramref name="expectedEtag"/> (null: no row may exist yet) and
    /// returns the new ETag once its batch has committed.</summary>
    public Task<string> WriteAsync(string stateName, GrainId grainId, byte[] data, string? expectedEtag, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stateName);
        ArgumentNullException.ThrowIfNull(data);
        long? expected = null;
        if (expectedEtag is not null)
        {
            if (!EtagVersion.TryParse(expectedEtag, out var version))
            {
                return Task.FromException<string>(EtagVersion.Mismatch(_providerName, StorageOperationKind.Write, stateName, grainId, expectedEtag));
            }

            expected = version;
        }

        var operation = new PendingStorageOperation(_providerName, StorageOperationKind.Write, stateName, grainId, data, expected, expectedEtag);
        return EnqueueAsync(operation, cancellationToken);
    }

    /// <summary>Queues a clear conditional on <paramref name="expectedEtag"/> and returns the ETag that now stands
    /// (null when there was nothing to clear). With no ETag nothing is written, so <paramref name="rowExists"/>
    /// decides: no row, nothing to clear; any row, the caller is stale.</summary>
    public async Task<string?> ClearAsync(
        string stateName,
        GrainId grainId,
        string? expectedEtag,
        Func<CancellationToken, Task<bool>> rowExists,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stateName);
        if (expectedEtag is null)
        {
            return await rowExists(cancellationToken).ConfigureAwait(false)
                ? throw EtagVersion.Mismatch(_providerName, StorageOperationKind.Clear, stateName, grainId, expectedEtag)
                : null;
        }

        if (!EtagVersion.TryParse(expectedEtag, out var expected))
        {
            throw EtagVersion.Mismatch(_providerName, StorageOperationKind.Clear, stateName, grainId, expectedEtag);
        }

        var operation = new PendingStorageOperation(_providerName, StorageOperationKind.Clear, stateName, grainId, data: null, expected, expectedEtag);
        return await EnqueueAsync(operation, cancellationToken).ConfigureAwait(false);
    }

    private Task<string> EnqueueAsync(PendingStorageOperation operation, CancellationToken cancellationToken)
    {
        if (cancellationToken.IsCancellationRequested)
        {
            return Task.FromCanceled<string>(cancellationToken);
        }

        // Registered before the operation is published, so the loop never sees the registration half-written.
        if (cancellationToken.CanBeCanceled)
        {
            operation.RegisterCancellation(cancellationToken);
        }

        if (!_queue.Writer.TryWrite(operation))
        {
            operation.Fail(new ObjectDisposedException(GetType().Name, $"Storage '{_providerName}' is shut down; the write was not queued."));
        }

        return operation.Task;
    }

    /// <summary>Stops accepting operations, commits what is queued (bounded in time) and fails the rest.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        _queue.Writer.TryComplete();
        if (!await CompletesWithinAsync(_loop, _drainTimeout).ConfigureAwait(false))
        {
            // The database is not answering: cancel the commit in flight; its callers get the error.
            await _shutdown.CancelAsync().ConfigureAwait(false);
            if (!await CompletesWithinAsync(_loop, s_abandonTimeout).ConfigureAwait(false))
            {
                LogLoopAbandoned(_logger, _providerName);
                return;
            }
        }

        _shutdown.Dispose();
    }

    private async Task<bool> CompletesWithinAsync(Task task, TimeSpan timeout)
    {
        using var timer = new CancellationTokenSource(timeout, _timeProvider);
        var finished = await Task.WhenAny(task, Task.Delay(Timeout.InfiniteTimeSpan, timer.Token)).ConfigureAwait(false);
        return finished == task;
    }

    private async Task RunAsync()
    {
        var batch = new List<PendingStorageOperation>(Math.Min(_maxBatchSize, 1024));
        var reader = _queue.Reader;
        Exception? stopError = null;
        try
        {
            while (await reader.WaitToReadAsync(_shutdown.Token).ConfigureAwait(false))
            {
                Fill(batch);
                if (batch.Count > 0 && batch.Count < _maxBatchSize && _maxBatchDelay > TimeSpan.Zero)
                {
                    await LingerAsync(batch).ConfigureAwait(false);
                }

                if (batch.Count > 0)
                {
                    await CommitAsync(batch).ConfigureAwait(false);
                    batch.Clear();
                }
            }
        }
        catch (OperationCanceledException) when (_shutdown.IsCancellationRequested)
        {
            // Disposal gave up waiting; what is left is failed below.
        }
        catch (Exception ex)
        {
            // A bug in the loop itself: refuse new work rather than leave callers waiting forever.
            stopError = ex;
            LogLoopFailed(_logger, ex, _providerName);
        }
        finally
        {
            var error = new ObjectDisposedException(GetType().Name, $"Storage '{_providerName}' shut down before the operation was committed.");
            _queue.Writer.TryComplete(stopError);
            foreach (var operation in batch)
            {
                operation.Fail(stopError ?? error);
            }

            while (reader.TryRead(out var operation))
            {
                if (operation.TryClaim())
                {
                    operation.Fail(stopError ?? error);
                }
            }
        }
    }

    private void Fill(List<PendingStorageOperation> batch)
    {
        while (batch.Count < _maxBatchSize && _queue.Reader.TryRead(out var operation))
        {
            if (operation.TryClaim())
            {
                batch.Add(operation);
            }
        }
    }

    private async Task LingerAsync(List<PendingStorageOperation> batch)
    {
        using var delay = new CancellationTokenSource(_maxBatchDelay, _timeProvider);
        using var linger = CancellationTokenSource.CreateLinkedTokenSource(_shutdown.Token, delay.Token);
        try
        {
            while (batch.Count < _maxBatchSize && await _queue.Reader.WaitToReadAsync(linger.Token).ConfigureAwait(false))
            {
                Fill(batch);
            }
        }
        catch (OperationCanceledException) when (!_shutdown.IsCancellationRequested)
        {
            // The delay is over: commit what has arrived.
        }
    }

    private async Task CommitAsync(List<PendingStorageOperation> batch)
    {
        var started = _timeProvider.GetTimestamp();
        try
        {
            await _backend.CommitAsync(batch, _shutdown.Token).ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            Interlocked.Increment(ref _failedTransactions);
            if (StorageMetrics.FailedBatches.Enabled)
            {
                StorageMetrics.FailedBatches.Add(1, _providerTag);
            }

            LogBatchFailed(_logger, ex, _providerName, batch.Count);

            // Nothing of this transaction is durable (or, after an ambiguous connection loss, nothing is known to
            // be): every caller in it gets the error.
            foreach (var operation in batch)
            {
                operation.Fail(ex);
            }

            return;
        }

        Interlocked.Increment(ref _committedTransactions);
        if (StorageMetrics.BatchSize.Enabled)
        {
            StorageMetrics.BatchSize.Record(batch.Count, _providerTag);
        }

        if (StorageMetrics.CommitDuration.Enabled)
        {
            StorageMetrics.CommitDuration.Record(_timeProvider.GetElapsedTime(started).TotalMilliseconds, _providerTag);
        }

        foreach (var operation in batch)
        {
            operation.CompleteCommitted();
        }
    }
}
