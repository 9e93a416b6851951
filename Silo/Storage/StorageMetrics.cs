using System.Diagnostics.Metrics;

namespace CheckIn.Silo.Storage;

/// <summary>Instruments of the project's storage providers. The instrument names are those of the former runtime
/// (<c>checkin.storage.*</c>), so dashboards and the burst harness keep working; every measurement is tagged
/// <c>storage.provider</c> with the provider name.</summary>
public static class StorageMetrics
{
    /// <summary>The name of the <see cref="Meter"/> to listen to (e.g. <c>AddMeter(StorageMetrics.MeterName)</c>).</summary>
    public const string MeterName = "CheckIn.Storage";

    /// <summary>The name of <see cref="BatchSize"/>.</summary>
    public const string BatchSizeName = "checkin.storage.batch.size";

    /// <summary>The name of <see cref="CommitDuration"/>.</summary>
    public const string CommitDurationName = "checkin.storage.commit.duration";

    /// <summary>The name of <see cref="ReadBatchSize"/>.</summary>
    public const string ReadBatchSizeName = "checkin.storage.read.batch.size";

    /// <summary>The name of <see cref="FailedBatches"/>.</summary>
    public const string FailedBatchesName = "checkin.storage.batch.failed";

    /// <summary>The name of <see cref="RetriedBatches"/>.</summary>
    public const string RetriedBatchesName = "checkin.storage.batch.retried";

    private static readonly Meter s_meter = new(MeterName, "1.0");

    /// <summary>State writes and clears committed per storage transaction.</summary>
    internal static readonly Histogram<int> BatchSize = s_meter.CreateHistogram<int>(BatchSizeName, "{write}", "State writes committed per storage transaction");

    /// <summary>Storage transaction commit latency (all attempts of a batch included).</summary>
    internal static readonly Histogram<double> CommitDuration = s_meter.CreateHistogram<double>(CommitDurationName, "ms", "Storage transaction latency");

    /// <summary>State reads carried per read query (PostgreSQL batches the reads that arrive together).</summary>
    internal static readonly Histogram<int> ReadBatchSize = s_meter.CreateHistogram<int>(ReadBatchSizeName, "{read}", "State reads per read query");

    /// <summary>Storage transactions that failed (every write in them failed).</summary>
    internal static readonly Counter<long> FailedBatches = s_meter.CreateCounter<long>(FailedBatchesName, "{transaction}", "Storage transactions that failed");

    /// <summary>Batches attempted again after a transient error that left nothing committed.</summary>
    internal static readonly Counter<long> RetriedBatches = s_meter.CreateCounter<long>(RetriedBatchesName, "{transaction}", "Storage transactions retried after a transient error");
}
