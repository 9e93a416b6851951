using System.Collections.Concurrent;

namespace CheckIn.Silo.Storage.Postgres;

/// <summary>Point reads of grain state that arrive together go to PostgreSQL as one query. Under light load a read is
/// sent at once, alone; while <see cref="MaxQueriesInFlight"/> queries are running, new reads queue and the next query
/// carries all of them (up to <see cref="MaxBatchSize"/>). A storm of grain activations thus costs a few queries and a
/// few connections instead of one of each per grain: measured in the check-in storm, where every check-in activates
/// two grains that have never been stored, and on a cold exposure report, which activates hundreds of segments.</summary>
internal sealed class PostgresReadBatcher
{
    /// <summary>Read queries running at once.</summary>
    public const int MaxQueriesInFlight = 4;

    /// <summary>The most reads one query carries.</summary>
    public const int MaxBatchSize = 256;

    private readonly Func<IReadOnlyList<PendingRead>, Task> _query;
    private readonly KeyValuePair<string, object?> _providerTag;
    private readonly ConcurrentQueue<PendingRead> _queue = new();
    private int _inFlight;
    private long _queries;

    /// <param name="query">Runs one query for the batch and completes each read in it (a missing row: null); a
    /// failure it throws fails every read of the batch.</param>
    /// <param name="providerName">The storage provider's name, the <c>storage.provider</c> tag of its metrics.</param>
    public PostgresReadBatcher(Func<IReadOnlyList<PendingRead>, Task> query, string providerName)
    {
        _query = query;
        _providerTag = new KeyValuePair<string, object?>("storage.provider", providerName);
    }

    /// <summary>Queries sent so far (tests assert batching through it).</summary>
    public long Queries => Interlocked.Read(ref _queries);

    public Task<StoredRow?> ReadAsync(string grainType, string grainKey, string stateName)
    {
        var read = new PendingRead(grainType, grainKey, stateName);
        _queue.Enqueue(read);
        StartQueries();
        return read.Completion;
    }

    // Whoever finds the queue non-empty and a query slot free starts a query: the reader that enqueued, or the
    // query that just finished. Both check after their own change (enqueue, release), so no read is left behind.
    private void StartQueries()
    {
        while (!_queue.IsEmpty)
        {
            var running = Volatile.Read(ref _inFlight);
            if (running >= MaxQueriesInFlight)
            {
                return;
            }

            if (Interlocked.CompareExchange(ref _inFlight, running + 1, running) != running)
            {
                continue;
            }

            var batch = new List<PendingRead>();
            while (batch.Count < MaxBatchSize && _queue.TryDequeue(out var read))
            {
                batch.Add(read);
            }

            if (batch.Count == 0)
            {
                Interlocked.Decrement(ref _inFlight);
                continue;
            }

            _ = RunAsync(batch);
        }
    }

    private async Task RunAsync(List<PendingRead> batch)
    {
        // Off the caller's stack: the reader that started this query must not wait for it to be sent.
        await Task.Yield();
        try
        {
            Interlocked.Increment(ref _queries);
            if (StorageMetrics.ReadBatchSize.Enabled)
            {
                StorageMetrics.ReadBatchSize.Record(batch.Count, _providerTag);
            }

            await _query(batch).ConfigureAwait(false);
            foreach (var read in batch)
            {
                // A row the query did not return was never written.
                read.TryComplete(null);
            }
        }
        catch (Exception ex)
        {
            foreach (var read in batch)
            {
                read.TryFail(ex);
            }
        }
        finally
        {
            Interlocked.Decrement(ref _inFlight);
            StartQueries();
        }
    }

    /// <summary>One read waiting for its query.</summary>
    internal sealed class PendingRead(string grainType, string grainKey, string stateName)
    {
        private readonly TaskCompletionSource<StoredRow?> _result = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public string GrainType { get; } = grainType;

        public string GrainKey { get; } = grainKey;

        public string StateName { get; } = stateName;

        public Task<StoredRow?> Completion => _result.Task;

        public void TryComplete(StoredRow? row) => _result.TrySetResult(row);

        public void TryFail(Exception error) => _result.TrySetException(error);
    }
}
