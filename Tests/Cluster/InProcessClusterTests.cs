extern alias silo;

using System.Diagnostics;
using CheckIn.Runtime.Membership;
using CheckIn.Runtime.Testing;
using CheckIn.Tests.Infrastructure;
using silo::CheckIn.Silo.Diagnostics;

namespace CheckIn.Tests.Cluster;

/// <summary>Placement, forwarding, failover and hand-off with several silos in this process (real TCP on
/// loopback, real PostgreSQL).</summary>
[Collection(ClusterCollection.Name)]
public sealed class InProcessClusterTests(PostgresFixture fixture)
{
    private static readonly TimeSpan s_settle = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Calls_FromEverySilo_ReachTheOneActivation()
    {
        await using var cluster = await ProbeGrains.StartClusterAsync(fixture, 3);
        await cluster.WaitForStableAsync(s_settle);
        var keys = Enumerable.Range(0, 24).Select(_ => Signals.NewName("one")).ToList();

        var hosts = new HashSet<string>();
        foreach (var key in keys)
        {
            var seen = new HashSet<Guid>();
            foreach (var silo in cluster.Silos)
            {
                var where = await silo.Probe(key).WhereAmI();
                seen.Add(where.ActivationId);
                hosts.Add(where.Silo);
            }

            Assert.Single(seen);
        }

        Assert.Equal(3, hosts.Count);
        Assert.True(ProbeActivationLog.MaxLiveInProcess <= 1, "two activations of one key were live at once");
    }

    [Fact]
    public async Task GrainException_FromAnotherSilo_KeepsTypeAndMessage()
    {
        await using var cluster = await ProbeGrains.StartClusterAsync(fixture, 2);
        await cluster.WaitForStableAsync(s_settle);
        var caller = cluster.Silos[0];
        var key = await KeyOwnedByAsync(caller, cluster.Silos[1].Address);

        var exception = await Assert.ThrowsAsync<ArgumentException>(() => caller.Probe(key).Fail("remote refusal"));

        Assert.Equal("remote refusal", exception.Message);
        Assert.Equal(1, await caller.Probe(key).Append(3));
        Assert.Equal(2, await caller.Probe(key).Append(4));
    }

    [Fact]
    public async Task SiloCrash_DuringWrites_CallsResumeOnSurvivorsWithinTenSecondsAndNothingAcknowledgedIsLost()
    {
        await using var cluster = await ProbeGrains.StartClusterAsync(fixture, 3);
        await cluster.WaitForStableAsync(s_settle);
        var survivor = cluster.Silos[0];
        var victim = cluster.Silos[2];
        await using var load = await StartWritingAsync(survivor, "crash");

        var crashed = Stopwatch.StartNew();
        await victim.CrashAsync();
        await load.WaitForProgressAsync(3, TimeSpan.FromSeconds(10));
        var resumed = crashed.Elapsed;
        await load.StopAsync();

        Assert.True(resumed < TimeSpan.FromSeconds(10), $"calls resumed after {resumed}");
        await load.AssertNothingLostAsync(key => survivor.Probe(key));
        Assert.True(ProbeActivationLog.MaxLiveInProcess <= 1, "two activations of one key were live at once");
    }

    [Fact]
    public async Task SiloJoin_UnderLoad_TakesOverItsRangesWithoutLoss()
    {
        await using var cluster = await ProbeGrains.StartClusterAsync(fixture, 2);
        await cluster.WaitForStableAsync(s_settle);
        var caller = cluster.Silos[0];
        await using var load = await StartWritingAsync(caller, "join");

        var joined = await cluster.AddSiloAsync();
        await cluster.WaitForStableAsync(s_settle);
        await load.WaitForProgressAsync(3, s_settle);
        await load.StopAsync();

        var onNewSilo = 0;
        foreach (var key in load.Keys)
        {
            if ((await caller.Probe(key).WhereAmI()).Silo == joined.Address.ToString())
            {
                onNewSilo++;
            }
        }

        Assert.True(onNewSilo > 0, "the new silo took over none of the keys");
        await load.AssertNothingLostAsync(key => caller.Probe(key));
        Assert.True(ProbeActivationLog.MaxLiveInProcess <= 1, "two activations of one key were live at once");
    }

    [Fact]
    public async Task GracefulShutdown_UnderLoad_HandsOffWithoutLoss()
    {
        await using var cluster = await ProbeGrains.StartClusterAsync(fixture, 3);
        await cluster.WaitForStableAsync(s_settle);
        var caller = cluster.Silos[0];
        var leaving = cluster.Silos[1];
        await using var load = await StartWritingAsync(caller, "leave");

        await leaving.StopAsync();
        await cluster.WaitForStableAsync(s_settle);
        await load.WaitForProgressAsync(3, s_settle);
        await load.StopAsync();

        await load.AssertNothingLostAsync(key => caller.Probe(key));
        Assert.True(ProbeActivationLog.MaxLiveInProcess <= 1, "two activations of one key were live at once");
    }

    [Fact]
    public async Task SiloDeclaredDead_StopsItself()
    {
        await using var cluster = await ProbeGrains.StartClusterAsync(fixture, 2);
        await cluster.WaitForStableAsync(s_settle);
        var victim = cluster.Silos[1];
        var stopping = victim.Stopping;

        await using (var table = new PostgresMembershipTable(fixture.StorageConnectionString, cluster.ClusterId))
        {
            for (var written = false; !written;)
            {
                var snapshot = await table.ReadAsync(null, 0, TestContext.Current.CancellationToken);
                var entry = snapshot.Find(victim.Address)!;
                written = await table.TryWriteAsync(snapshot.Version, [entry with { Status = SiloStatus.Dead }], TestContext.Current.CancellationToken);
            }
        }

        await stopping.WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);
    }

    /// <summary>Durable appends to 30 fresh keys through <paramref name="caller"/>, running once each key has three.</summary>
    private static async Task<WriteLoad> StartWritingAsync(TestClusterSilo caller, string prefix)
    {
        var keys = Enumerable.Range(0, 30).Select(_ => Signals.NewName(prefix)).ToList();
        var load = new WriteLoad(key => caller.Probe(key), keys);
        await load.WaitForProgressAsync(3, s_settle);
        return load;
    }

    private static async Task<string> KeyOwnedByAsync(TestClusterSilo caller, SiloAddress owner)
    {
        for (var i = 0; i < 200; i++)
        {
            var key = Signals.NewName("owned");
            if ((await caller.Probe(key).WhereAmI()).Silo == owner.ToString())
            {
                return key;
            }
        }

        throw new InvalidOperationException($"No key landed on {owner}.");
    }
}
