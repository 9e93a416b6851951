using CheckIn.Runtime.Testing;
using CheckIn.Tests.Infrastructure;

namespace CheckIn.Tests.Cluster;

/// <summary>Test clusters that host this assembly's test grains (tickers, call cycles), settled before use.</summary>
internal static class TestGrainClusters
{
    public static async Task<TestCluster> StartAsync(PostgresFixture fixture, int silos)
    {
        var cluster = await TestCluster.StartAsync(silos, o =>
        {
            o.ConnectionString = fixture.StorageConnectionString;
            o.GrainAssemblies.Add(typeof(TestSilos).Assembly);
        });
        await cluster.WaitForStableAsync(TimeSpan.FromSeconds(30));
        return cluster;
    }
}
