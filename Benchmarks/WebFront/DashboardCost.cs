extern alias webfront;

using System.Diagnostics;
using System.Text.Json;
using CheckIn.Benchmarks.Runtime;
using CheckIn.Runtime;
using CheckIn.Runtime.Diagnostics;
using CheckIn.Runtime.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using webfront::CheckIn.WebFront.Operations;
using webfront::CheckIn.WebFront.Pages;

namespace CheckIn.Benchmarks.WebFront;

/// <summary>The CPU the dashboard costs a silo serving a steady call rate: process CPU time with the
/// dashboard's work on (the metrics aggregator listening to every call, and once a second what
/// <c>GET /api/cluster</c> and <c>GET /dashboard/live</c> do: a snapshot, its JSON, the live HTML) against
/// the same load with it off, in alternating phases so that drift hits both alike.
/// Run: <c>dotnet run -c Release --project Benchmarks -- dashboard-cost [calls/s] [seconds per phase] [rounds]</c>.</summary>
public static class DashboardCost
{
    private const int Grains = 1_000;
    private static readonly JsonSerializerOptions s_json = new(JsonSerializerDefaults.Web);

    public static async Task<int> RunAsync(int callsPerSecond, TimeSpan phase, int rounds)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.AddSilo(silo => silo.AddGrains(typeof(DashboardCost).Assembly).UseMemoryStorage());
        using var host = builder.Build();
        await host.StartAsync();
        var factory = host.Services.GetRequiredService<IGrainFactory>();
        var grains = Enumerable.Range(0, Grains).Select(i => factory.GetGrain<ICalculatorGrain>(i)).ToArray();
        await Task.WhenAll(grains.Select(static g => g.Add(0)));

        // Warm both paths (JIT, tiering) before measuring.
        await RunPhaseAsync(grains, callsPerSecond, TimeSpan.FromSeconds(3), dashboard: true);
        await RunPhaseAsync(grains, callsPerSecond, TimeSpan.FromSeconds(3), dashboard: false);

        var off = new List<PhaseResult>();
        var on = new List<PhaseResult>();
        Console.WriteLine($"{Environment.ProcessorCount} cores, {callsPerSecond:N0} calls/s to {Grains:N0} grains, {phase.TotalSeconds:0} s per phase, {rounds} rounds");
        Console.WriteLine("phase      calls/s   CPU (% of one core)");
        for (var round = 0; round < rounds; round++)
        {
            foreach (var dashboard in new[] { false, true })
            {
                var result = await RunPhaseAsync(grains, callsPerSecond, phase, dashboard);
                (dashboard ? on : off).Add(result);
                Console.WriteLine($"{(dashboard ? "dashboard" : "baseline "),-9} {result.CallsPerSecond,9:N0}   {result.CorePercent,6:0.00}");
            }
        }

        var baseline = off.Average(static r => r.CorePercent);
        var withDashboard = on.Average(static r => r.CorePercent);
        var delta = withDashboard - baseline;
        var perCall = (on.Sum(static r => r.Cpu.TotalNanoseconds) / on.Sum(static r => r.Calls)) - (off.Sum(static r => r.Cpu.TotalNanoseconds) / off.Sum(static r => r.Calls));
        Console.WriteLine($"baseline: {baseline:0.00}% of one core; with dashboard: {withDashboard:0.00}%");
        Console.WriteLine($"dashboard cost: {delta:0.00}% of one core = {delta / Environment.ProcessorCount:0.00}% of the machine's CPU ({perCall:0} ns per call)");
        await host.StopAsync();
        return 0;
    }

    private static async Task<PhaseResult> RunPhaseAsync(ICalculatorGrain[] grains, int callsPerSecond, TimeSpan duration, bool dashboard)
    {
        using var aggregator = dashboard ? new RuntimeMetricsAggregator(TimeProvider.System) : null;
        aggregator?.Start();
        var batch = new List<Task<long>>(callsPerSecond / 100);
        var cpuBefore = CpuTime();
        var clock = Stopwatch.StartNew();
        long sent = 0;
        var nextRead = TimeSpan.FromSeconds(1);
        while (clock.Elapsed < duration)
        {
            var due = (long)(clock.Elapsed.TotalSeconds * callsPerSecond);
            batch.Clear();
            for (; sent < due; sent++)
            {
                batch.Add(grains[sent % grains.Length].Add(1));
            }

            await Task.WhenAll(batch);
            if (aggregator is not null && clock.Elapsed >= nextRead)
            {
                ReadDashboard(aggregator);
                nextRead += TimeSpan.FromSeconds(1);
            }

            await Task.Delay(1);
        }

        var cpu = CpuTime() - cpuBefore;
        return new PhaseResult(sent, clock.Elapsed, cpu);
    }

    /// <summary>What one refresh of the dashboard and one call of /api/cluster do.</summary>
    private static void ReadDashboard(RuntimeMetricsAggregator aggregator)
    {
        var now = DateTimeOffset.UtcNow;
        IReadOnlyList<ClusterSilo> silos = [new ClusterSilo("bench", "in-process", "active", now, aggregator.Snapshot())];
        _ = JsonSerializer.SerializeToUtf8Bytes(new ClusterResponse(now, silos), s_json);
        _ = DashboardView.Live(PageContext.For(new DefaultHttpContext()), silos, now);
    }

    private static TimeSpan CpuTime()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime;
    }

    private sealed record PhaseResult(long Calls, TimeSpan Wall, TimeSpan Cpu)
    {
        public double CallsPerSecond => Calls / Wall.TotalSeconds;

        public double CorePercent => 100.0 * Cpu.TotalSeconds / Wall.TotalSeconds;
    }
}
