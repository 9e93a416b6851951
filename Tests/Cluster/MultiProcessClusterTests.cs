extern alias silo;

using System.Diagnostics;
using CheckIn.Runtime;
using CheckIn.Runtime.Membership;
using CheckIn.Runtime.Testing;
using CheckIn.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using silo::CheckIn.Silo.Diagnostics;

namespace CheckIn.Tests.Cluster;

/// <summary>Silos as separate processes (<c>dotnet CheckIn.Silo.dll</c>) against the real PostgreSQL, driven by a
/// cluster client in the test: single activation, kill -9 under writes, a join under load, a graceful
/// shutdown, and a silo that is declared dead stopping itself.</summary>
[Collection(ClusterCollection.Name)]
public sealed class MultiProcessClusterTests(PostgresFixture fixture)
{
    private static readonly TimeSpan s_start = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task SiloProcesses_KillJoinAndLeaveUnderWrites_OneActivationPerGrainAndNoAcknowledgedWriteLost()
    {
        var clusterId = "procs-" + Guid.NewGuid().ToString("N")[..8];
        var keysEnvironment = SiloProcess.NewKeys();
        await using var table = new PostgresMembershipTable(fixture.StorageConnectionString, clusterId);
        await table.InitializeAsync(TestContext.Current.CancellationToken);
        var silos = new List<SiloProcess>();
        try
        {
            for (var i = 0; i < 3; i++)
            {
                silos.Add(SiloProcess.Start(fixture.StorageConnectionString, clusterId, keysEnvironment));
            }

            foreach (var process in silos)
            {
                await process.WaitUntilActiveAsync(fixture.StorageConnectionString, clusterId, s_start, TestContext.Current.CancellationToken);
            }

            using var client = await TestClusterClient.StartAsync(fixture.StorageConnectionString, clusterId, [typeof(ClusterProbeGrain).Assembly], TestContext.Current.CancellationToken);
            var grains = client.Services.GetRequiredService<IGrainFactory>();
            var keys = Enumerable.Range(0, 24).Select(_ => Signals.NewName("proc")).ToList();

            // Every key has one activation, whoever asks, and the keys spread over the silos.
            var hosts = new HashSet<string>();
            foreach (var key in keys)
            {
                var first = await ProbeGrains.RetryAsync(() => grains.GetGrain<IClusterProbeGrain>(key).WhereAmI(), s_start);
                var again = await grains.GetGrain<IClusterProbeGrain>(key).WhereAmI();
                Assert.Equal(first.ActivationId, again.ActivationId);
                hosts.Add(first.Silo);
            }

            Assert.True(hosts.Count >= 2, $"the keys landed on {hosts.Count} silo(s)");

            await using var load = new WriteLoad(key => grains.GetGrain<IClusterProbeGrain>(key), keys);
            await load.WaitForProgressAsync(3, s_start);

            // kill -9 one silo: writes resume on the survivors within 10 s.
            var killedAt = DateTime.UtcNow;
            var sinceKill = Stopwatch.StartNew();
            silos[2].Kill();
            await load.WaitForProgressAsync(2, TimeSpan.FromSeconds(10));
            Assert.True(sinceKill.Elapsed < TimeSpan.FromSeconds(10), $"writes resumed {sinceKill.Elapsed} after the kill");

            // A new silo joins under load and takes over ranges.
            var joiner = SiloProcess.Start(fixture.StorageConnectionString, clusterId, keysEnvironment);
            silos.Add(joiner);
            var joinerAddress = await joiner.WaitUntilActiveAsync(fixture.StorageConnectionString, clusterId, s_start, TestContext.Current.CancellationToken);
            var joinDeadline = DateTime.UtcNow + s_start;
            while (!await TookOverAsync(grains, keys, joinerAddress))
            {
                Assert.True(DateTime.UtcNow < joinDeadline, "the joined silo took over none of the keys");
                await Task.Delay(100, TestContext.Current.CancellationToken);
            }

            await load.WaitForProgressAsync(2, s_start);

            // A graceful shutdown hands its grains off.
            await silos[1].TerminateAsync(s_start, TestContext.Current.CancellationToken);
            await load.WaitForProgressAsync(2, s_start);
            await load.StopAsync();

            await load.AssertNothingLostAsync(key => grains.GetGrain<IClusterProbeGrain>(key));
            var overlaps = await ActivationIntervals.OverlapsAsync(fixture.StorageConnectionString, keys, new Dictionary<int, DateTime> { [silos[2].Port] = killedAt });
            Assert.True(overlaps.Count == 0, $"keys with two live activations at once: {string.Join(", ", overlaps)}");

            // A silo that reads it was declared dead stops itself.
            await DeclareDeadAsync(table, joinerAddress);
            await joiner.WaitForExitAsync(TimeSpan.FromSeconds(20), TestContext.Current.CancellationToken);
        }
        catch (Exception) when (DumpOutput(silos))
        {
            throw;
        }
        finally
        {
            foreach (var process in silos)
            {
                await process.DisposeAsync();
            }
        }
    }

    private static bool DumpOutput(List<SiloProcess> silos)
    {
        foreach (var process in silos)
        {
            TestContext.Current.TestOutputHelper?.WriteLine($"--- silo on port {process.Port} (exited: {process.HasExited}) ---{Environment.NewLine}{process.RecentOutput}");
        }

        return false;
    }

    private static async Task<bool> TookOverAsync(IGrainFactory grains, IReadOnlyList<string> keys, SiloAddress joiner)
    {
        foreach (var key in keys)
        {
            try
            {
                if ((await grains.GetGrain<IClusterProbeGrain>(key).WhereAmI()).Silo == joiner.ToString())
                {
                    return true;
                }
            }
            catch (SiloUnavailableException)
            {
                // The cluster is still changing: ask again on the next round.
            }
        }

        return false;
    }

    private static async Task DeclareDeadAsync(PostgresMembershipTable table, SiloAddress silo)
    {
        while (true)
        {
            var snapshot = await table.ReadAsync(null, 0, TestContext.Current.CancellationToken);
            var entry = snapshot.Find(silo)!;
            if (await table.TryWriteAsync(snapshot.Version, [entry with { Status = SiloStatus.Dead }], TestContext.Current.CancellationToken))
            {
                return;
            }
        }
    }
}
