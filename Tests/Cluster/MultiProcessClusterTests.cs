using System.Diagnostics;
using CheckIn.Silo.Diagnostics;
using CheckIn.Testing;
using CheckIn.Tests.Infrastructure;

namespace CheckIn.Tests.Cluster;

/// <summary>Three silo processes (<c>dotnet CheckIn.Silo.dll</c>) on a real PostgreSQL (ADO.NET clustering and
/// grain state), driven by an Orleans client in the test: a silo killed with kill -9 under writes has its grains
/// serving on another silo within 10 s with no acknowledged write or reservation lost and never two activations
/// of one key at once; a silo stopped with SIGTERM leaves and hands its grains off with nothing lost.</summary>
[Collection(ProcessClusterCollection.Name)]
public sealed class MultiProcessClusterTests(PostgresDatabaseFixture database) : IClassFixture<PostgresDatabaseFixture>
{
    /// <summary>What DESIGN.md promises: a killed silo's grains serve elsewhere in under 10 s.</summary>
    private static readonly TimeSpan s_failoverBudget = TimeSpan.FromSeconds(10);

    private static readonly TimeSpan s_deadline = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task SiloProcess_KilledUnderWritesAndBookings_GrainsServeElsewhereWithin10sNothingAcknowledgedLostNoOverbooking()
    {
        await using var cluster = await ProcessCluster.StartAsync(database.ConnectionString, 3);
        var grains = cluster.Client;

        // The victim is the silo that hosts the slot everybody books; the probe keys include some it hosts too.
        await using var booking = await BookingLoad.CreateAsync(grains, capacity: 400);
        var slotSilo = await grains.GetGrain<IManagementGrain>(0).GetActivationAddress(booking.Slot, TestContext.Current.CancellationToken);
        Assert.NotNull(slotSilo);
        var victim = cluster.Silos.Single(s => s.Port == slotSilo.Endpoint.Port);
        var (keys, hosts) = await PlaceProbesAsync(grains, "kill", victim);
        var chosen = keys.First(k => hosts[k].ProcessId == victim.ProcessId);
        var victimKeys = keys.Where(k => hosts[k].ProcessId == victim.ProcessId).ToList();
        Assert.True(hosts.Values.Select(static a => a.ProcessId).Distinct().Count() >= 2, "the probe keys landed on one silo only");

        await using var writes = new ProbeWriteLoad(grains, keys);
        booking.Start(workers: 4, pause: TimeSpan.FromMilliseconds(100));
        await writes.WaitForProgressAsync(keys, 3, s_deadline);
        await booking.WaitForAcknowledgedAsync(20, s_deadline);

        var killedAt = DateTime.UtcNow;
        var sinceKill = Stopwatch.StartNew();
        victim.Kill();
        var moved = await Retry.UntilAsync(async () =>
        {
            var here = await grains.GetGrain<IClusterProbeGrain>(chosen).WhereAmI();
            return here.ProcessId != victim.ProcessId ? here : throw new InvalidOperationException("the killed silo's activation answered");
        }, s_deadline);
        var failover = sinceKill.Elapsed;
        await writes.WaitForProgressAsync(victimKeys, 1, s_deadline);
        var writesResumed = sinceKill.Elapsed;
        var bookedBefore = booking.Acknowledged;
        await victim.WaitForStatusAsync(cluster.ConnectionString, cluster.ClusterId, SiloStatus.Dead, s_deadline, TestContext.Current.CancellationToken);
        var declaredDead = sinceKill.Elapsed;
        TestContext.Current.TestOutputHelper?.WriteLine(
            $"kill -9 of pid {victim.ProcessId}: grain {chosen} answered again from pid {moved.ProcessId} after {failover.TotalSeconds:F2} s; " +
            $"writes to all {victimKeys.Count} of its keys resumed after {writesResumed.TotalSeconds:F2} s; Dead in the membership table after {declaredDead.TotalSeconds:F2} s.");
        Assert.True(failover < s_failoverBudget, $"the killed silo's grain answered again only after {failover}");
        Assert.True(writesResumed < s_failoverBudget, $"writes to the killed silo's grains resumed only after {writesResumed}");

        // Bookings go on after the crash; then everything acknowledged must be there, and no seat sold twice.
        await booking.WaitForAcknowledgedAsync(bookedBefore + 10, s_deadline);
        await writes.WaitForProgressAsync(keys, 2, s_deadline);
        await writes.StopAsync();
        await booking.StopAsync();
        await writes.AssertNothingLostAsync(grains);
        await booking.AssertNothingLostAndNoOverbookingAsync();
        await AssertNoOverlapAsync(cluster, keys, new Dictionary<int, DateTime> { [victim.ProcessId] = killedAt });
    }

    [Fact]
    public async Task SiloProcess_StoppedWithSigterm_LeavesTheClusterAndItsGrainsMoveWithNothingLost()
    {
        await using var cluster = await ProcessCluster.StartAsync(database.ConnectionString, 3);
        var grains = cluster.Client;
        var leaving = cluster.Silos[1];
        var (keys, hosts) = await PlaceProbesAsync(grains, "term", leaving);
        var leavingKeys = keys.Where(k => hosts[k].ProcessId == leaving.ProcessId).ToList();

        await using var writes = new ProbeWriteLoad(grains, keys);
        await writes.WaitForProgressAsync(keys, 3, s_deadline);

        var sinceStop = Stopwatch.StartNew();
        await leaving.TerminateAsync(s_deadline, TestContext.Current.CancellationToken);
        var exitedAt = DateTime.UtcNow;
        var stopped = sinceStop.Elapsed;
        Assert.Equal(0, leaving.ExitCode);
        Assert.Equal(SiloStatus.Dead, await leaving.ReadStatusAsync(cluster.ConnectionString, cluster.ClusterId, TestContext.Current.CancellationToken));

        await writes.WaitForProgressAsync(leavingKeys, 2, s_deadline);
        foreach (var key in leavingKeys)
        {
            var here = await Retry.UntilAsync(() => grains.GetGrain<IClusterProbeGrain>(key).WhereAmI(), s_deadline);
            Assert.NotEqual(leaving.ProcessId, here.ProcessId);
        }

        TestContext.Current.TestOutputHelper?.WriteLine(
            $"SIGTERM to pid {leaving.ProcessId}: exited (code 0, Dead in the table) after {stopped.TotalSeconds:F2} s; its {leavingKeys.Count} keys serve elsewhere after {sinceStop.Elapsed.TotalSeconds:F2} s.");
        await writes.StopAsync();
        await writes.AssertNothingLostAsync(grains);
        await AssertNoOverlapAsync(cluster, keys, new Dictionary<int, DateTime> { [leaving.ProcessId] = exitedAt });
    }

    /// <summary>Activates 24 probe keys (more if none landed on <paramref name="mustInclude"/>) and says where each lives.</summary>
    private static async Task<(List<string> Keys, Dictionary<string, ProbeActivation> Hosts)> PlaceProbesAsync(IGrainFactory grains, string prefix, SiloProcess mustInclude)
    {
        var keys = new List<string>();
        var hosts = new Dictionary<string, ProbeActivation>(StringComparer.Ordinal);
        while (keys.Count < 24 || !hosts.Values.Any(a => a.ProcessId == mustInclude.ProcessId))
        {
            Assert.True(keys.Count < 200, $"no probe key landed on pid {mustInclude.ProcessId}");
            var key = $"{prefix}-{Guid.NewGuid():N}";
            var first = await Retry.UntilAsync(() => grains.GetGrain<IClusterProbeGrain>(key).WhereAmI(), s_deadline);
            var again = await grains.GetGrain<IClusterProbeGrain>(key).WhereAmI();
            Assert.Equal(first.ActivationId, again.ActivationId);
            keys.Add(key);
            hosts[key] = first;
        }

        return (keys, hosts);
    }

    private static async Task AssertNoOverlapAsync(ProcessCluster cluster, IReadOnlyCollection<string> keys, IReadOnlyDictionary<int, DateTime> goneAt)
    {
        var overlaps = await ProbeActivations.OverlapsAsync(cluster.ConnectionString, keys, goneAt);
        var activations = await ProbeActivations.CountAsync(cluster.ConnectionString, keys);
        TestContext.Current.TestOutputHelper?.WriteLine($"{activations} activations of {keys.Count} keys recorded; keys with overlapping activations: {overlaps.Count}.");
        Assert.True(overlaps.Count == 0, $"keys with two live activations at once: {string.Join(", ", overlaps)}");
    }
}
