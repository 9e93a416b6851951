namespace CheckIn.WebFront.Operations;

/// <summary>One storage provider's group-commit figures in <see cref="ProcessMetrics"/>.</summary>
/// <param name="Provider">The provider tag (e.g. sqlite, postgres).</param>
/// <param name="Commits">Transactions committed since this web front started.</param>
/// <param name="Writes">State writes in those transactions.</param>
/// <param name="FailedCommits">Transactions that failed.</param>
/// <param name="CommitsPerSecond">Transactions per second over the window.</param>
/// <param name="WritesPerSecond">Writes per second over the window.</param>
/// <param name="MeanBatchSize">Writes per transaction over the window (null without commits).</param>
/// <param name="MaxBatchSize">The largest transaction since this web front started.</param>
/// <param name="P50CommitMilliseconds">Median commit latency over the window.</param>
/// <param name="P99CommitMilliseconds">99th percentile commit latency over the window.</param>
public sealed record StorageCommitMetrics(
    string Provider,
    long Commits,
    long Writes,
    long FailedCommits,
    double CommitsPerSecond,
    double WritesPerSecond,
    double? MeanBatchSize,
    long MaxBatchSize,
    double? P50CommitMilliseconds,
    double? P99CommitMilliseconds);
