namespace CheckIn.Runtime.Diagnostics;

/// <summary>One grain type's figures in a <see cref="RuntimeMetricsSnapshot"/>.</summary>
/// <param name="GrainType">The grain type name.</param>
/// <param name="Activations">Live activations.</param>
/// <param name="CallsPerSecond">Completed calls per second over the window, all methods.</param>
/// <param name="RejectedCalls">Calls refused by back-pressure since the aggregator started.</param>
/// <param name="TimedOutCalls">Calls that timed out since the aggregator started.</param>
public sealed record GrainTypeMetrics(string GrainType, long Activations, double CallsPerSecond, long RejectedCalls, long TimedOutCalls);
