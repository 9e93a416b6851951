using System.Reflection;
using CheckIn.Runtime.Client;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CheckIn.Runtime.Testing;

/// <summary>A started host with nothing but a cluster client, for tests and benchmarks that drive a cluster from outside.</summary>
public static class TestClusterClient
{
    /// <summary>Starts a client of cluster <paramref name="clusterId"/> that can call the grains of <paramref name="grainAssemblies"/>.</summary>
    public static async Task<IHost> StartAsync(string connectionString, string clusterId, IEnumerable<Assembly> grainAssemblies, CancellationToken cancellationToken = default)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Logging.AddFilter(level => level >= LogLevel.Warning);
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            [$"{ClusterClientOptions.SectionName}:{nameof(ClusterClientOptions.ConnectionString)}"] = connectionString,
            [$"{ClusterClientOptions.SectionName}:{nameof(ClusterClientOptions.ClusterId)}"] = clusterId,
            [$"{ClusterClientOptions.SectionName}:{nameof(ClusterClientOptions.RefreshPeriod)}"] = "00:00:00.200",
        });
        builder.AddClusterClient(client =>
        {
            foreach (var assembly in grainAssemblies)
            {
                client.AddGrains(assembly);
            }
        });
        var host = builder.Build();
        await host.StartAsync(cancellationToken).ConfigureAwait(false);
        return host;
    }
}
