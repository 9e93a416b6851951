using System.Diagnostics;
using CheckIn.Benchmarks.CheckIn;
using CheckIn.Testing;

namespace CheckIn.Benchmarks.Burst;

/// <summary>Runs the chosen scenarios and modes on every chosen storage, the baseline and bare Kestrel, in one
/// invocation on one PostgreSQL server (a throwaway one, or the one named by <c>CHECKIN_TEST_PG</c>).</summary>
internal static class BurstRunner
{
    public static async Task<BurstRunReport> RunAsync(BurstOptions options, BurstProgress progress)
    {
        var started = DateTimeOffset.UtcNow;
        var machine = MachineInfo.Current();
        var clock = Stopwatch.StartNew();
        var results = new List<ScenarioResult>();
        var needsPostgres = options.Runs(BurstOptions.Baseline) || options.Storages.Contains(BenchmarkStorage.Postgres);
        await using var postgres = needsPostgres ? await PostgresTestServer.StartAsync() : null;

        async Task Run(string title, Func<Task<ScenarioResult>> scenario)
        {
            progress.Log.WriteLine($"== {title}");
            var result = await scenario();
            results.Add(result);
            progress.Log.WriteLine($"   {result.Confirmed:N0} confirmed, {result.ConfirmedPerSecond:N0} confirmed/s, {result.RequestsPerSecond:N0} requests/s, "
                + $"p50 {result.Latency.P50:0.0} ms, p99 {result.Latency.P99:0.0} ms; overbookings {result.Overbookings}, doubles {result.DoubleBookings}, read-back {BurstReport.VerifiedText(result)}");
        }

        foreach (var storage in options.Storages)
        {
            var name = BurstDatabase.StorageName(storage);
            if (options.Runs(BurstOptions.StampedeName) && options.In(BurstOptions.InProcess))
            {
                await Run($"stampede, in-process, {name}", () => StampedeScenario.RunInProcessAsync(options.Stampede, storage, postgres, progress));
            }

            if (options.Runs(BurstOptions.StampedeName) && options.In(BurstOptions.Http))
            {
                await Run($"stampede, HTTP, {name}", () => StampedeScenario.RunHttpAsync(options.Stampede, storage, postgres, progress));
            }
        }

        if (options.Runs(BurstOptions.Baseline))
        {
            await Run("stampede baseline, HTTP, PostgreSQL", () => BaselineScenario.RunAsync(options.Stampede, postgres!, progress));
        }

        foreach (var storage in options.Storages)
        {
            var name = BurstDatabase.StorageName(storage);
            if (options.Runs(BurstOptions.StormName) && options.In(BurstOptions.InProcess))
            {
                await Run($"check-in storm, in-process, {name}", () => CheckInStormScenario.RunInProcessAsync(options.Storm, storage, postgres, progress));
            }

            if (options.Runs(BurstOptions.StormName) && options.In(BurstOptions.Http))
            {
                await Run($"check-in storm, HTTP, {name}", () => CheckInStormScenario.RunHttpAsync(options.Storm, storage, postgres, progress));
            }
        }

        foreach (var storage in options.Storages.Where(_ => options.Runs(BurstOptions.ExposureName)))
        {
            var name = BurstDatabase.StorageName(storage);
            progress.Log.WriteLine($"== exposure fan-out, {name}");
            foreach (var result in await ExposureFanOutScenario.RunAsync(options.Exposure, storage, postgres, options.In(BurstOptions.InProcess), options.In(BurstOptions.Http), progress))
            {
                results.Add(result);
                progress.Log.WriteLine($"   {result.Mode}: {result.Confirmed:N0} of {result.Samples.Count:N0} reports warned every visitor, slowest {result.Latency.Max:0} ms, read-back {BurstReport.VerifiedText(result)}");
            }
        }

        if (options.Runs(BurstOptions.Kestrel))
        {
            await Run("bare Kestrel", () => BareKestrelServer.MeasureAsync(options.KestrelDuration, options.Stampede.Concurrency, progress));
        }

        return new BurstRunReport(options.CommandLine, machine, started, clock.Elapsed, results);
    }
}
