namespace CheckIn.Benchmarks.Burst;

/// <summary>Latency percentiles of a set of samples, in milliseconds (nearest-rank).</summary>
internal sealed record LatencySummary(double P50, double P95, double P99, double Max)
{
    public static readonly LatencySummary Empty = new(0, 0, 0, 0);

    public static LatencySummary Of(IEnumerable<double> latencies)
    {
        var sorted = latencies.Order().ToArray();
        return sorted.Length == 0
            ? Empty
            : new LatencySummary(Percentile(sorted, 0.50), Percentile(sorted, 0.95), Percentile(sorted, 0.99), sorted[^1]);
    }

    public static double Percentile(double[] sorted, double quantile)
    {
        var rank = (int)Math.Ceiling(quantile * sorted.Length) - 1;
        return sorted[Math.Clamp(rank, 0, sorted.Length - 1)];
    }
}
