using System.Diagnostics.Metrics;
using CheckIn.Silo.Storage;

namespace CheckIn.Benchmarks.Burst;

/// <summary>Listens to the storage providers' instruments (<see cref="StorageMetrics"/>) of the silo in this process
/// while a burst runs, and describes what storage did: transactions, writes per transaction, commit latency. Only the
/// in-process runs have their silo here; over HTTP it is in the web front's process.</summary>
internal sealed class StorageCommitMeter : IDisposable
{
    private readonly MeterListener _listener = new();
    private readonly Lock _lock = new();
    private readonly List<double> _commitMilliseconds = [];
    private long _transactions;
    private long _writes;
    private long _readQueries;
    private long _reads;

    public StorageCommitMeter()
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == StorageMetrics.MeterName
                && instrument.Name is StorageMetrics.BatchSizeName or StorageMetrics.CommitDurationName or StorageMetrics.ReadBatchSizeName)
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<int>((instrument, size, _, _) =>
        {
            if (instrument.Name == StorageMetrics.ReadBatchSizeName)
            {
                Interlocked.Increment(ref _readQueries);
                Interlocked.Add(ref _reads, size);
            }
            else
            {
                Interlocked.Increment(ref _transactions);
                Interlocked.Add(ref _writes, size);
            }
        });
        _listener.SetMeasurementEventCallback<double>((instrument, milliseconds, _, _) =>
        {
            lock (_lock)
            {
                _commitMilliseconds.Add(milliseconds);
            }
        });
        _listener.Start();
    }

    /// <summary>One line for the report, e.g. "storage during the burst: 812 transactions, 21.4 writes each, commit
    /// p50 9.8 ms, p99 31.0 ms; 950 read queries, 3.1 reads each" (reads only where they are batched: PostgreSQL).</summary>
    public string Describe(string phase)
    {
        double[] commits;
        lock (_lock)
        {
            commits = [.. _commitMilliseconds];
        }

        var transactions = Interlocked.Read(ref _transactions);
        if (transactions == 0)
        {
            return $"storage during {phase}: no transaction committed";
        }

        var commit = LatencySummary.Of(commits);
        var writesEach = (double)Interlocked.Read(ref _writes) / transactions;
        var readQueries = Interlocked.Read(ref _readQueries);
        var reads = readQueries == 0 ? string.Empty : $"; {readQueries:N0} read queries, {(double)Interlocked.Read(ref _reads) / readQueries:N1} reads each";
        return $"storage during {phase}: {transactions:N0} transactions, {writesEach:N1} writes each, commit p50 {commit.P50:N1} ms, p99 {commit.P99:N1} ms{reads}";
    }

    public void Dispose() => _listener.Dispose();
}
