using System.Diagnostics.Metrics;

namespace CheckIn.Silo.Storage;

/// <summary>Instruments of the project's storage providers. The instrument names are those of the former runtime
/// (<c>checkin.storage.*</c>), so dashboards and the burst harness keep working; every measurement is tagged
/// <c>storage.provider</c> with the provider name.</summary>
public static class StorageMetrics
{
    /// <summary>The name of the <see cref="Meter"/> to listen to (e.g. <c>AddMeter(StorageMetrics.MeterName)</c>).</summary>
    public const string MeterName = "CheckIn.Storage";

    private static readonly Meter s_meter = new(MeterName, "1.0");

    /// <summary>State writes and clears committed per storage transaction.</summary>
    internal static readonly Histogram<int> BatchSize = s_meter.CreateHistogram<int>("checkin.storage.batch.size", "{write}", "State writes committed per storage transaction");

    /// <summary>Storage transaction commit latency (all attempts of a batch included).</summary>
    internal static readonly Histogram<double> CommitDuration = s_meter.CreateHistogram<double>("checkin.storage.commit.duration", "ms", "Storage transaction latency");

    /// <summary>State reads carried per read query (PostgreSQL batches the reads that arrive together).</summary>
    internal static readonly Histogram<int> ReadBatchSize = s_meter.CreateHistogram<int>("checkin.storage.read.batch.size", "{read}", "State reads per read query");

    /// <summary>Storage transactions that failed (every write in them failed).</summary>
    internal static readonly Counter<long> FailedBatches = s_meter.CreateCounter<long>("checkin.storage.batch.failed", "{transaction}", "Storage transactions that failed");

    /// <summary>Batches attempted again after a transient error that left nothing committed.</summary>
    internal static readonly Counter<long> RetriedBatches = s_meter.CreateCounter<long>("checkin.storage.batch.retried", "{transaction}", "Storage transactions retried after a transient error");
}
