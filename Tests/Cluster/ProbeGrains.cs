extern alias silo;

using CheckIn.Runtime;
using CheckIn.Runtime.Testing;
using CheckIn.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection.Extensions;
using silo::CheckIn.Silo.Diagnostics;

namespace CheckIn.Tests.Cluster;

/// <summary>Test clusters that host the silo's diagnostic probe grain.</summary>
internal static class ProbeGrains
{
    public static Task<TestCluster> StartClusterAsync(PostgresFixture fixture, int silos)
        => TestCluster.StartAsync(silos, o =>
        {
            o.ConnectionString = fixture.StorageConnectionString;
            o.GrainAssemblies.Add(typeof(ClusterProbeGrain).Assembly);
            o.ConfigureServices = static services => services.TryAddSingleton<ProbeActivationLog>();
        });

    public static IClusterProbeGrain Probe(this TestClusterSilo silo, string key) => silo.GrainFactory.GetGrain<IClusterProbeGrain>(key);

    /// <summary>Calls until the call succeeds (calls fail while the cluster notices a crash), with a deadline.</summary>
    public static async Task<T> RetryAsync<T>(Func<Task<T>> call, TimeSpan deadline)
    {
        var until = DateTime.UtcNow + deadline;
        while (true)
        {
            try
            {
                return await call();
            }
            catch (Exception exception) when (exception is SiloUnavailableException or GrainCallTimeoutException && DateTime.UtcNow < until)
            {
                await Task.Delay(50, TestContext.Current.CancellationToken);
            }
        }
    }
}
