namespace CheckIn.WebFront.Operations;

/// <summary>A few monotonic counters and, optionally, a latency histogram, updated lock-free by metric
/// callbacks and copied into a ring of samples by the aggregator's tick, so that rates and percentiles
/// over the last window are differences between two samples.</summary>
internal sealed class WindowedCounters
{
    private readonly long[] _live;
    private readonly long[]?[] _ring;
    private readonly int _scalars;

    public WindowedCounters(int scalars, bool histogram, int ringSize)
    {
        _scalars = scalars;
        _live = new long[scalars + (histogram ? LatencyBuckets.Count : 0)];
        _ring = new long[]?[ringSize];
    }

    public void Add(int counter, long value) => Interlocked.Add(ref _live[counter], value);

    public void Max(int counter, long value)
    {
        var current = Volatile.Read(ref _live[counter]);
        while (value > current)
        {
            var seen = Interlocked.CompareExchange(ref _live[counter], value, current);
            if (seen == current)
            {
                return;
            }

            current = seen;
        }
    }

    public void RecordLatency(double milliseconds) => Interlocked.Increment(ref _live[_scalars + LatencyBuckets.IndexOf(milliseconds)]);

    public long Total(int counter) => Volatile.Read(ref _live[counter]);

    /// <summary>Copies the live values into ring slot <paramref name="slot"/>.</summary>
    public void Sample(int slot)
    {
        var copy = _ring[slot] ??= new long[_live.Length];
        for (var i = 0; i < copy.Length; i++)
        {
            copy[i] = Volatile.Read(ref _live[i]);
        }
    }

    /// <summary>How much a counter grew between two slots; a slot sampled before this object existed counts as zero.</summary>
    public long Delta(int counter, int latest, int baseline) => Value(latest, counter) - Value(baseline, counter);

    public double? Quantile(double quantile, int latest, int baseline)
    {
        Span<long> counts = stackalloc long[LatencyBuckets.Count];
        for (var i = 0; i < counts.Length; i++)
        {
            counts[i] = Value(latest, _scalars + i) - Value(baseline, _scalars + i);
        }

        return LatencyBuckets.Quantile(counts, quantile);
    }

    private long Value(int slot, int index) => _ring[slot] is { } sample ? sample[index] : 0;
}
