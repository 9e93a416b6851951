using System.Diagnostics;
using CheckIn.Runtime.Diagnostics;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace CheckIn.WebFront.Operations;

/// <summary>The cluster of one: the silo hosted in this process, read from its metrics aggregator.</summary>
internal sealed class LocalClusterSilos(RuntimeMetricsAggregator aggregator, IServer server) : IClusterSilos
{
    private static readonly DateTimeOffset s_startedAt = new(Process.GetCurrentProcess().StartTime.ToUniversalTime(), TimeSpan.Zero);
    private readonly string _name = $"{Environment.MachineName}/{Environment.ProcessId}";

    public ValueTask<IReadOnlyList<ClusterSilo>> GetSilosAsync(CancellationToken cancellationToken)
    {
        var address = server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault() ?? "in-process";
        IReadOnlyList<ClusterSilo> silos = [new ClusterSilo(_name, address, "active", s_startedAt, aggregator.Snapshot())];
        return ValueTask.FromResult(silos);
    }
}
