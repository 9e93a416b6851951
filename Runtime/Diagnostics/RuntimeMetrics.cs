using System.Diagnostics.Metrics;

namespace CheckIn.Runtime.Diagnostics;

/// <summary>The runtime's System.Diagnostics.Metrics instruments (meter <c>CheckIn.Runtime</c>). Recording
/// costs next to nothing when no listener is attached: callers check <c>Enabled</c> before building tags.</summary>
internal static class RuntimeMetrics
{
    public const string MeterName = "CheckIn.Runtime";

    public static readonly Meter Meter = new(MeterName, "1.0");

    /// <summary>Grain calls completed, tagged grain.type, grain.method, outcome.</summary>
    public static readonly Counter<long> Calls = Meter.CreateCounter<long>("checkin.grain.calls", "{call}", "Grain calls completed");

    /// <summary>Time from send to completion, tagged grain.type, grain.method.</summary>
    public static readonly Histogram<double> CallDuration = Meter.CreateHistogram<double>("checkin.grain.call.duration", "ms", "Grain call latency from send to completion");

    /// <summary>Calls refused because the target's queue was full, tagged grain.type.</summary>
    public static readonly Counter<long> RejectedCalls = Meter.CreateCounter<long>("checkin.grain.calls.rejected", "{call}", "Calls refused by back-pressure");

    /// <summary>Calls that timed out, tagged grain.type.</summary>
    public static readonly Counter<long> TimedOutCalls = Meter.CreateCounter<long>("checkin.grain.calls.timeout", "{call}", "Calls that exceeded the call timeout");

    /// <summary>Activations created and removed, tagged grain.type (up-down counter: the live count).</summary>
    public static readonly UpDownCounter<long> Activations = Meter.CreateUpDownCounter<long>("checkin.grain.activations", "{activation}", "Live activations");

    /// <summary>Messages waiting in activation queues (sampled by the queue-depth histogram at enqueue).</summary>
    public static readonly Histogram<int> QueueDepth = Meter.CreateHistogram<int>("checkin.grain.queue.depth", "{message}", "Activation queue length seen by each enqueued message");

    /// <summary>Writes per storage transaction, tagged storage.provider.</summary>
    public static readonly Histogram<int> StorageBatchSize = Meter.CreateHistogram<int>("checkin.storage.batch.size", "{write}", "State writes committed per storage transaction");

    /// <summary>Storage transaction commit latency, tagged storage.provider.</summary>
    public static readonly Histogram<double> StorageCommitDuration = Meter.CreateHistogram<double>("checkin.storage.commit.duration", "ms", "Storage transaction latency");

    /// <summary>Storage transactions that failed, tagged storage.provider.</summary>
    public static readonly Counter<long> StorageFailedBatches = Meter.CreateCounter<long>("checkin.storage.batch.failed", "{transaction}", "Storage transactions that failed");
}
