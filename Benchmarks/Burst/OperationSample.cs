namespace CheckIn.Benchmarks.Burst;

/// <summary>One request of a load run: when it started (milliseconds since the run started), how long it took, and
/// how it ended (<see cref="BurstOutcomes"/>).</summary>
internal readonly record struct OperationSample(double StartMs, double LatencyMs, string Outcome)
{
    public double EndMs => StartMs + LatencyMs;
}
