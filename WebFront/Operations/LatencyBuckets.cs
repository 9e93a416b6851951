namespace CheckIn.WebFront.Operations;

/// <summary>Log-linear latency buckets: four per power of two of microseconds (at most 12.5% from a
/// bucket's midpoint), from 1 µs to about 4.5 minutes. The index comes from the double's exponent and top
/// mantissa bits: no logarithm on the recording path.</summary>
internal static class LatencyBuckets
{
    public const int Count = 1 + (28 * 4);

    public static int IndexOf(double milliseconds)
    {
        var microseconds = milliseconds * 1000.0;
        if (!(microseconds >= 1.0))
        {
            return 0;
        }

        var bits = BitConverter.DoubleToInt64Bits(microseconds);
        var exponent = (int)((bits >> 52) & 0x7FF) - 1023;
        var sub = (int)((bits >> 50) & 3);
        return Math.Min(1 + (exponent * 4) + sub, Count - 1);
    }

    /// <summary>The midpoint of a bucket, in milliseconds.</summary>
    public static double MidpointMilliseconds(int index)
    {
        if (index <= 0)
        {
            return 0.0005;
        }

        var exponent = (index - 1) / 4;
        var sub = (index - 1) % 4;
        var power = Math.Pow(2, exponent);
        var lower = power * (1 + (sub / 4.0));
        var upper = power * (1 + ((sub + 1) / 4.0));
        return (lower + upper) / 2 / 1000.0;
    }

    /// <summary>The <paramref name="quantile"/> of the measurements counted in <paramref name="counts"/>, or
    /// null when there are none.</summary>
    public static double? Quantile(ReadOnlySpan<long> counts, double quantile)
    {
        long total = 0;
        foreach (var count in counts)
        {
            total += count;
        }

        if (total <= 0)
        {
            return null;
        }

        var rank = Math.Max(1, (long)Math.Ceiling(quantile * total));
        long seen = 0;
        for (var i = 0; i < counts.Length; i++)
        {
            seen += counts[i];
            if (seen >= rank)
            {
                return MidpointMilliseconds(i);
            }
        }

        return MidpointMilliseconds(counts.Length - 1);
    }
}
