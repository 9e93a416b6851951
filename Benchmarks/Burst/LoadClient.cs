using System.Diagnostics;

namespace CheckIn.Benchmarks.Burst;

/// <summary>The load client every scenario uses, in-process and over HTTP alike: a fixed number of workers (the
/// client concurrency) that take jobs in order.</summary>
internal static class LoadClient
{
    /// <summary>Runs jobs 0..count-1 as fast as the target answers, at most <paramref name="concurrency"/> at a time,
    /// all workers released at once (the opening instant).</summary>
    public static Task RunAsync(int count, int concurrency, Func<int, Task> job) => RunPacedAsync(count, 0, concurrency, job);

    /// <summary>Runs jobs 0..count-1, job i no earlier than i / <paramref name="rate"/> seconds after the start
    /// (open loop; 0 = no pacing), at most <paramref name="concurrency"/> at a time. When the target falls behind,
    /// jobs start late rather than being dropped, so a slow target shows as a lower achieved rate.</summary>
    public static async Task RunPacedAsync(int count, double rate, int concurrency, Func<int, Task> job)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentOutOfRangeException.ThrowIfLessThan(concurrency, 1);
        var next = -1;
        var clock = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, Math.Min(concurrency, Math.Max(count, 1))).Select(_ => Task.Run(async () =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < count)
            {
                if (rate > 0)
                {
                    var due = TimeSpan.FromSeconds(i / rate) - clock.Elapsed;
                    if (due > TimeSpan.FromMilliseconds(1))
                    {
                        await Task.Delay(due);
                    }
                }

                await job(i);
            }
        }));
        await Task.WhenAll(workers);
    }

    /// <summary>Runs <paramref name="operation"/> in a loop on <paramref name="concurrency"/> workers for
    /// <paramref name="duration"/> (closed loop, for the bare Kestrel ceiling).</summary>
    public static async Task RunForAsync(TimeSpan duration, int concurrency, Func<Task> operation)
    {
        var clock = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, concurrency).Select(_ => Task.Run(async () =>
        {
            while (clock.Elapsed < duration)
            {
                await operation();
            }
        }));
        await Task.WhenAll(workers);
    }
}
