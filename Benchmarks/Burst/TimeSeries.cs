namespace CheckIn.Benchmarks.Burst;

/// <summary>A run cut into equal time buckets (by each request's end): per bucket, requests/s, confirmed/s, and the
/// p50/p99 latency of the requests that ended in it.</summary>
internal sealed record TimeSeries(double BucketSeconds, IReadOnlyList<TimeSeries.Bucket> Buckets)
{
    private const int TargetBuckets = 60;

    public static TimeSeries Of(IReadOnlyList<OperationSample> samples)
    {
        if (samples.Count == 0)
        {
            return new TimeSeries(1, []);
        }

        var end = samples.Max(s => s.EndMs);
        var width = Math.Max(end / TargetBuckets, 20);
        var buckets = samples
            .GroupBy(s => (int)(s.EndMs / width))
            .OrderBy(g => g.Key)
            .Select(g =>
            {
                var latencies = g.Select(s => s.LatencyMs).Order().ToArray();
                return new Bucket(
                    (g.Key + 0.5) * width / 1000,
                    g.Count() / (width / 1000),
                    g.Count(s => s.Outcome == BurstOutcomes.Confirmed) / (width / 1000),
                    LatencySummary.Percentile(latencies, 0.5),
                    LatencySummary.Percentile(latencies, 0.99));
            })
            .ToList();
        return new TimeSeries(width / 1000, buckets);
    }

    /// <summary>One bucket, at its middle <see cref="Seconds"/> after the start.</summary>
    internal sealed record Bucket(double Seconds, double RequestsPerSecond, double ConfirmedPerSecond, double P50, double P99);
}
