using System.Diagnostics;
using System.Runtime;
using CheckIn.Benchmarks.CheckIn;
using CheckIn.Testing;

namespace CheckIn.Benchmarks.GrainCalls;

/// <summary>Activates a large number of empty grains and reports the time it took and the managed memory
/// each idle activation holds, on one Orleans silo. A one-shot measurement, not a BenchmarkDotNet job: a million activations
/// is the workload itself. Run: <c>dotnet run -c Release --project Benchmarks -- activations [count]</c>.</summary>
public static class ActivationFootprint
{
    public static async Task<int> RunAsync(int count)
    {
        // Memory storage, and the default idle timeout (15 minutes) keeps every activation for the measurement.
        await using var silo = await TestSilo.StartAsync(static o =>
        {
            o.Storage = TestStorage.Memory;
            foreach (var (key, value) in CheckInBenchmarkHost.DefaultSettings())
            {
                o.Settings[key] = value;
            }
        });

        // Warm the call path so the measurement does not include JIT work.
        await silo.GrainFactory.GetGrain<IEmptyGrain>(-1).Ping();
        var before = MeasureHeap();
        var stopwatch = Stopwatch.StartNew();
        const int Window = 10_000;
        for (var start = 0; start < count; start += Window)
        {
            var end = Math.Min(count, start + Window);
            var pings = new Task[end - start];
            for (var i = start; i < end; i++)
            {
                pings[i - start] = silo.GrainFactory.GetGrain<IEmptyGrain>(i).Ping();
            }

            await Task.WhenAll(pings);
            if (start / Window % 10 == 0)
            {
                Console.Error.Write($"\ractivated {end:N0} / {count:N0}");
            }
        }

        stopwatch.Stop();
        Console.Error.WriteLine();
        var after = MeasureHeap();
        var perActivation = (double)(after - before) / count;
        Console.WriteLine($"activations: {count:N0}");
        Console.WriteLine($"activation time: {stopwatch.Elapsed.TotalSeconds:0.00} s ({count / stopwatch.Elapsed.TotalSeconds:N0} activations/s)");
        Console.WriteLine($"managed heap growth: {(after - before) / 1024.0 / 1024.0:N1} MiB");
        Console.WriteLine($"per idle activation: {perActivation:N0} B (grain instance, activation data, directory and catalog entries)");
        Console.WriteLine($"process working set: {Environment.WorkingSet / 1024.0 / 1024.0:N0} MiB");
        GC.KeepAlive(silo);
        return 0;
    }

    private static long MeasureHeap()
    {
        GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.CompactOnce;
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        return GC.GetTotalMemory(forceFullCollection: true);
    }
}
