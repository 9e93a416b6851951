using CheckIn.Tests.Infrastructure;
using CheckIn.Tests.Runtime.Grains;

namespace CheckIn.Tests.Cluster;

/// <summary>Call-chain reentrancy across silos: the chain travels with the request.</summary>
[Collection(ClusterCollection.Name)]
public sealed class ClusterCallChainTests(PostgresFixture fixture)
{
    [Fact]
    public async Task CallCycle_AcrossTwoSilos_CompletesWithoutWaitingForTheTimeout()
    {
        await using var cluster = await TestGrainClusters.StartAsync(fixture, 2);
        var caller = cluster.Silos[0];
        var a = await ClusterKeys.OwnedByAsync(cluster.Silos[0], "CycleGrain", key => caller.GrainFactory.GetGrain<ICycleGrain>(key).Echo());
        var b = await ClusterKeys.OwnedByAsync(cluster.Silos[1], "CycleGrain", key => caller.GrainFactory.GetGrain<ICycleGrain>(key).Echo());

        // A (silo 1) -> B (silo 2) -> A: A is busy with Start, so Echo must run as part of the chain.
        var result = await caller.GrainFactory.GetGrain<ICycleGrain>(a).Start(b).WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);

        Assert.Equal($"{b}<-echo:{a}", result);
    }
}
