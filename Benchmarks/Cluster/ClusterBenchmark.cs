extern alias silo;

using System.Diagnostics;
using CheckIn.Runtime;
using CheckIn.Runtime.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using silo::CheckIn.Silo.Diagnostics;

namespace CheckIn.Benchmarks.Cluster;

/// <summary>Two one-shot cluster measurements against a throwaway PostgreSQL (or <c>CHECKIN_TEST_PG</c>):
/// (1) calls per second from one silo of a three-silo in-process cluster to grains it hosts itself and to
/// grains on the other two silos over TCP, in the same run; (2) three silo processes, <c>kill -9</c> of one,
/// and the time until a cluster client's first successful call to a grain the killed silo hosted, and until
/// all of them answer. Run: <c>dotnet run -c Release --project Benchmarks -- cluster [seconds] [concurrency]</c>.</summary>
public static class ClusterBenchmark
{
    public static async Task<int> RunAsync(TimeSpan phase, int concurrency)
    {
        await using var postgres = await PostgresTestServer.StartAsync();
        var connectionString = await postgres.CreateDatabaseAsync("cluster_bench");
        Console.WriteLine($"machine: {Environment.ProcessorCount} cores, {Environment.OSVersion}, .NET {Environment.Version}");
        await MeasureThroughputAsync(connectionString, phase, concurrency);
        await MeasureFailoverAsync(connectionString);
        return 0;
    }

    private static async Task MeasureThroughputAsync(string connectionString, TimeSpan phase, int concurrency)
    {
        await using var cluster = await TestCluster.StartAsync(3, o =>
        {
            o.ConnectionString = connectionString;
            o.GrainAssemblies.Add(typeof(ClusterProbeGrain).Assembly);
            o.ConfigureServices = static services => services.TryAddSingleton<ProbeActivationLog>();
        });
        await cluster.WaitForStableAsync(TimeSpan.FromSeconds(60));
        var caller = cluster.Silos[0];
        var local = new List<IClusterProbeGrain>();
        var remote = new List<IClusterProbeGrain>();
        for (var i = 0; local.Count < concurrency || remote.Count < concurrency; i++)
        {
            var grain = caller.GrainFactory.GetGrain<IClusterProbeGrain>($"bench-{i}");
            var where = await grain.WhereAmI();
            (where.Silo == caller.Address.ToString() ? local : remote).Add(grain);
        }

        // Alternate the phases so that drift on a shared machine does not favour one.
        var localRates = new List<double>();
        var remoteRates = new List<double>();
        for (var round = 0; round < 3; round++)
        {
            localRates.Add(await CallsPerSecondAsync(local.Take(concurrency).ToList(), phase));
            remoteRates.Add(await CallsPerSecondAsync(remote.Take(concurrency).ToList(), phase));
            Console.WriteLine($"round {round + 1}: in-silo {localRates[^1]:N0} calls/s, cross-silo {remoteRates[^1]:N0} calls/s");
        }

        Console.WriteLine($"in-silo calls/s (median of 3): {Median(localRates):N0}");
        Console.WriteLine($"cross-silo calls/s (median of 3): {Median(remoteRates):N0} ({Median(remoteRates) / Median(localRates):P0} of in-silo)");
    }

    private static async Task<double> CallsPerSecondAsync(IReadOnlyList<IClusterProbeGrain> grains, TimeSpan phase)
    {
        // A short warm-up, then one caller loop per grain, each with one call in flight.
        await Task.WhenAll(grains.Select(static g => g.Echo(0)));
        long calls = 0;
        using var stop = new CancellationTokenSource(phase);
        var stopwatch = Stopwatch.StartNew();
        await Task.WhenAll(grains.Select(async grain =>
        {
            var n = 0L;
            while (!stop.IsCancellationRequested)
            {
                await grain.Echo(1);
                n++;
            }

            Interlocked.Add(ref calls, n);
        }));
        return calls / stopwatch.Elapsed.TotalSeconds;
    }

    private static async Task MeasureFailoverAsync(string connectionString)
    {
        var clusterId = "bench-" + Guid.NewGuid().ToString("N")[..8];
        var keys = SiloProcess.NewKeys();
        var silos = new List<SiloProcess>();
        try
        {
            for (var i = 0; i < 3; i++)
            {
                silos.Add(SiloProcess.Start(connectionString, clusterId, keys));
            }

            foreach (var process in silos)
            {
                await process.WaitUntilActiveAsync(connectionString, clusterId, TimeSpan.FromSeconds(60));
            }

            using var client = await TestClusterClient.StartAsync(connectionString, clusterId, [typeof(ClusterProbeGrain).Assembly]);
            var grains = client.Services.GetRequiredService<IGrainFactory>();
            var victim = silos[2];
            var onVictim = new List<IClusterProbeGrain>();
            for (var i = 0; onVictim.Count < 20; i++)
            {
                var grain = grains.GetGrain<IClusterProbeGrain>($"failover-{clusterId}-{i}");
                if ((await grain.WhereAmI()).Silo.Contains($":{victim.Port}@", StringComparison.Ordinal))
                {
                    await grain.Append(1);
                    onVictim.Add(grain);
                }
            }

            var stopwatch = Stopwatch.StartNew();
            victim.Kill();
            var served = await Task.WhenAll(onVictim.Select(async grain =>
            {
                while (true)
                {
                    try
                    {
                        await grain.Append(2);
                        return stopwatch.Elapsed;
                    }
                    catch (Exception exception) when (exception is SiloUnavailableException or GrainCallTimeoutException)
                    {
                        await Task.Delay(10);
                    }
                }
            }));
            Console.WriteLine($"kill -9 to first successful call on a survivor: {served.Min().TotalSeconds:0.00} s");
            Console.WriteLine($"kill -9 until all {served.Length} grains of the killed silo answered: {served.Max().TotalSeconds:0.00} s");
        }
        finally
        {
            foreach (var process in silos)
            {
                await process.DisposeAsync();
            }
        }
    }

    private static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);
}
