namespace CheckIn.Runtime.Diagnostics;

/// <summary>What <see cref="RuntimeMetricsAggregator"/> reports: totals since it started, and rates and
/// percentiles over its last window.</summary>
/// <param name="CapturedAt">When the snapshot was taken.</param>
/// <param name="Window">The time the rates and percentiles cover (shorter just after start).</param>
/// <param name="Activations">Live activations, all grain types.</param>
/// <param name="TotalCalls">Completed calls since the aggregator started.</param>
/// <param name="CallsPerSecond">Completed calls per second over the window.</param>
/// <param name="RejectedCalls">Calls refused by back-pressure since the aggregator started.</param>
/// <param name="TimedOutCalls">Calls that timed out since the aggregator started.</param>
/// <param name="GrainTypes">Per grain type, by name.</param>
/// <param name="Methods">Per grain type and method, by name.</param>
/// <param name="Storage">Per storage provider.</param>
/// <param name="CallsPerSecondHistory">Calls per second of each past sample interval, oldest first.</param>
public sealed record RuntimeMetricsSnapshot(
    DateTimeOffset CapturedAt,
    TimeSpan Window,
    long Activations,
    long TotalCalls,
    double CallsPerSecond,
    long RejectedCalls,
    long TimedOutCalls,
    IReadOnlyList<GrainTypeMetrics> GrainTypes,
    IReadOnlyList<GrainMethodMetrics> Methods,
    IReadOnlyList<StorageMetrics> Storage,
    IReadOnlyList<double> CallsPerSecondHistory);
