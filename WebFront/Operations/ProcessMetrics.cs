namespace CheckIn.WebFront.Operations;

/// <summary>Figures measured in this web front's process with System.Diagnostics.Metrics: Orleans' meter
/// (<c>Microsoft.Orleans</c>) for the grain calls this process sends, the storage providers' meter for the commits
/// of a silo hosted here. Totals count since this web front started; rates and percentiles cover
/// <see cref="Window"/>.</summary>
/// <param name="CapturedAt">When the figures were read.</param>
/// <param name="Window">The time the rates and percentiles cover (shorter just after start).</param>
/// <param name="TotalCalls">Grain calls this process sent and saw answered, failed or timed out.</param>
/// <param name="CallsPerSecond">Those calls per second over the window.</param>
/// <param name="P50Milliseconds">Median call latency over the window (Orleans measures whole milliseconds); null
/// without calls.</param>
/// <param name="P99Milliseconds">99th percentile call latency over the window.</param>
/// <param name="RejectedCalls">Messages Orleans rejected in this process (queue limits, unreachable targets).</param>
/// <param name="LoadSheddingRejections">Client calls the gateway of a silo hosted here refused by load shedding.</param>
/// <param name="TimedOutCalls">Calls this process sent that passed Orleans' response timeout.</param>
/// <param name="Storage">Group-commit figures per storage provider of a silo hosted here.</param>
/// <param name="CallsPerSecondHistory">Calls per second of each past sample interval, oldest first.</param>
/// <param name="Notes">What the figures cover and what this process cannot see.</param>
public sealed record ProcessMetrics(
    DateTimeOffset CapturedAt,
    TimeSpan Window,
    long TotalCalls,
    double CallsPerSecond,
    double? P50Milliseconds,
    double? P99Milliseconds,
    long RejectedCalls,
    long LoadSheddingRejections,
    long TimedOutCalls,
    IReadOnlyList<StorageCommitMetrics> Storage,
    IReadOnlyList<double> CallsPerSecondHistory,
    IReadOnlyList<string> Notes);
