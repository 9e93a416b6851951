using System.Diagnostics;
using System.Globalization;
using CheckIn.Benchmarks.GrainCalls;
using CheckIn.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Orleans.Dashboard;

namespace CheckIn.Benchmarks.WebFront;

/// <summary>The CPU the Orleans dashboard costs a silo serving a steady call rate. Two silos in this process, each
/// alone on loopback with memory storage: one plain, one with <c>AddDashboard()</c> (its grain-call profiler and
/// per-silo counters) whose page <c>/dashboard</c> is served by <c>MapOrleansDashboard</c> and polled once a second
/// as an open browser tab does (<c>GET /dashboard/DashboardCounters</c>). Process CPU time under the same load on
/// each, in alternating phases so that drift hits both alike; the idle other silo costs both phases the same.
/// Run: <c>dotnet run -c Release --project Benchmarks -- dashboard-cost [calls/s] [seconds per phase] [rounds]</c>.</summary>
public static class DashboardCost
{
    private const int Grains = 1_000;
    private const string DashboardPath = "/dashboard";

    public static async Task<int> RunAsync(int callsPerSecond, TimeSpan phase, int rounds)
    {
        await using var plain = await StartSiloAsync(dashboard: false);
        await using var withDashboard = await StartSiloAsync(dashboard: true);
        using var http = new HttpClient { BaseAddress = withDashboard.Urls.Select(static u => new Uri(u)).First() };

        var plainGrains = await ActivateAsync(plain);
        var dashboardGrains = await ActivateAsync(withDashboard);

        // Warm both paths (JIT, tiering) before measuring.
        await RunPhaseAsync(dashboardGrains, callsPerSecond, TimeSpan.FromSeconds(3), http);
        await RunPhaseAsync(plainGrains, callsPerSecond, TimeSpan.FromSeconds(3), null);

        var off = new List<PhaseResult>();
        var on = new List<PhaseResult>();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{Environment.ProcessorCount} cores, {callsPerSecond:N0} calls/s to {Grains:N0} grains, {phase.TotalSeconds:0} s per phase, {rounds} rounds"));
        Console.WriteLine("phase      calls/s   CPU (% of one core)");
        for (var round = 0; round < rounds; round++)
        {
            foreach (var dashboard in new[] { false, true })
            {
                var result = dashboard
                    ? await RunPhaseAsync(dashboardGrains, callsPerSecond, phase, http)
                    : await RunPhaseAsync(plainGrains, callsPerSecond, phase, null);
                (dashboard ? on : off).Add(result);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{(dashboard ? "dashboard" : "baseline "),-9} {result.CallsPerSecond,9:N0}   {result.CorePercent,6:0.00}"));
            }
        }

        var baseline = off.Average(static r => r.CorePercent);
        var dashboardPercent = on.Average(static r => r.CorePercent);
        var delta = dashboardPercent - baseline;
        var perCall = (on.Sum(static r => r.Cpu.TotalNanoseconds) / on.Sum(static r => r.Calls)) - (off.Sum(static r => r.Cpu.TotalNanoseconds) / off.Sum(static r => r.Calls));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"baseline: {baseline:0.00}% of one core; with dashboard: {dashboardPercent:0.00}%"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"dashboard cost: {delta:0.00}% of one core = {delta / Environment.ProcessorCount:0.00}% of the machine's CPU ({perCall:0} ns per call)"));
        return 0;
    }

    private static async Task<WebApplication> StartSiloAsync(bool dashboard)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        var (webPort, siloPort) = LoopbackPorts.FreePair();
        builder.WebHost.UseUrls(string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{webPort}"));
        builder.UseOrleans(silo =>
        {
            silo.UseLocalhostClustering(siloPort, 0, serviceId: "dashboard-cost", clusterId: dashboard ? "with-dashboard" : "plain");
            silo.AddMemoryGrainStorageAsDefault();
            if (dashboard)
            {
                silo.AddDashboard();
            }
        });
        var app = builder.Build();
        if (dashboard)
        {
            app.MapOrleansDashboard(DashboardPath);
        }

        await app.StartAsync();
        return app;
    }

    private static async Task<ICalculatorGrain[]> ActivateAsync(WebApplication host)
    {
        var factory = host.Services.GetRequiredService<IGrainFactory>();
        var grains = Enumerable.Range(0, Grains).Select(i => factory.GetGrain<ICalculatorGrain>(i)).ToArray();
        await Task.WhenAll(grains.Select(static g => g.Add(0)));
        return grains;
    }

    private static async Task<PhaseResult> RunPhaseAsync(ICalculatorGrain[] grains, int callsPerSecond, TimeSpan duration, HttpClient? dashboard)
    {
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
            if (dashboard is not null && clock.Elapsed >= nextRead)
            {
                // What an open dashboard tab asks for every second.
                using var response = await dashboard.GetAsync(new Uri(DashboardPath + "/DashboardCounters", UriKind.Relative));
                response.EnsureSuccessStatusCode();
                _ = await response.Content.ReadAsByteArrayAsync();
                nextRead += TimeSpan.FromSeconds(1);
            }

            // Paces the offered load: the loop sends what is due, then yields the CPU for a millisecond.
            await Task.Delay(1);
        }

        var cpu = CpuTime() - cpuBefore;
        return new PhaseResult(sent, clock.Elapsed, cpu);
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
