namespace CheckIn.Runtime.Diagnostics;

/// <summary>One grain method's figures in a <see cref="RuntimeMetricsSnapshot"/>.</summary>
/// <param name="GrainType">The grain type name.</param>
/// <param name="Method">The interface method name.</param>
/// <param name="Calls">Completed calls since the aggregator started.</param>
/// <param name="Errors">Calls that ended with an exception since the aggregator started.</param>
/// <param name="CallsPerSecond">Completed calls per second over the window.</param>
/// <param name="P50Milliseconds">Median latency over the window (null without calls).</param>
/// <param name="P99Milliseconds">99th percentile latency over the window (null without calls).</param>
public sealed record GrainMethodMetrics(string GrainType, string Method, long Calls, long Errors, double CallsPerSecond, double? P50Milliseconds, double? P99Milliseconds);
