using CheckIn.WebFront.Hosting;

namespace CheckIn.WebFront.Operations;

/// <summary>The cluster as Orleans' management grain reports it (active silos, their runtime statistics and
/// activations per grain type), the same way in a co-hosted web front and in a client of a cluster, plus this
/// process's own call and storage figures from <see cref="OperationsMetrics"/>.</summary>
internal sealed class ManagementGrainClusterSilos(IGrainFactory grains, OperationsMetrics metrics, WebFrontHosting hosting, IServiceProvider services, TimeProvider time) : IClusterSilos
{
    private const string CoHostedNote = "Calls: the grain calls this process sent (web requests and the co-hosted silo's grain-to-grain calls), from Orleans' meter; storage: the commits of the silo hosted here.";
    private const string ClientNote = "Calls: the grain calls this web front sent, from Orleans' meter. The silos run in other processes: their calls, rejections and storage commits are not visible here (their own dashboards and meters have them); rejectedCalls and storage cover this process only.";

    public async Task<ClusterResponse> ReadAsync(CancellationToken cancellationToken)
    {
        var management = grains.GetGrain<IManagementGrain>(0);
        var hosts = await management.GetDetailedHosts(onlyActive: true).WaitAsync(cancellationToken).ConfigureAwait(false);
        var addresses = hosts.Select(static h => h.SiloAddress).ToArray();
        var statistics = await management.GetRuntimeStatistics(addresses).WaitAsync(cancellationToken).ConfigureAwait(false);
        var grainTypes = await management.GetSimpleGrainStatistics(addresses).WaitAsync(cancellationToken).ConfigureAwait(false);
        var local = hosting.HostsSilo ? services.GetService<ILocalSiloDetails>()?.SiloAddress : null;

        var silos = new List<ClusterSilo>(hosts.Length);
        for (var i = 0; i < hosts.Length; i++)
        {
            var host = hosts[i];
            var stats = i < statistics.Length ? statistics[i] : null;
            var types = grainTypes.Where(g => g.SiloAddress.Equals(host.SiloAddress))
                .GroupBy(static g => g.GrainType, StringComparer.Ordinal)
                .Select(static g => new GrainTypeMetrics(ShortName(g.Key), g.Key, g.Sum(static s => (long)s.ActivationCount)))
                .OrderBy(static t => t.GrainType, StringComparer.Ordinal)
                .ToList();
            var siloMetrics = stats is null ? null : new SiloMetrics(
                stats.ActivationCount,
                stats.RecentlyUsedActivationCount,
                stats.EnvironmentStatistics.FilteredCpuUsagePercentage,
                stats.EnvironmentStatistics.FilteredMemoryUsageBytes,
                stats.ReceivedMessages,
                stats.SentMessages,
                stats.ClientCount,
                stats.IsOverloaded,
                types);
            silos.Add(new ClusterSilo(
                host.SiloName,
                $"{host.SiloAddress.Endpoint.Address}:{host.SiloAddress.Endpoint.Port}",
                host.Status.ToString().ToLowerInvariant(),
                new DateTimeOffset(DateTime.SpecifyKind(host.StartTime, DateTimeKind.Utc)),
                local is not null && host.SiloAddress.Equals(local),
                siloMetrics));
        }

        silos.Sort(static (a, b) => (a.HostedHere, b.HostedHere) switch
        {
            (true, false) => -1,
            (false, true) => 1,
            _ => string.CompareOrdinal(a.Name, b.Name),
        });
        var process = metrics.Snapshot([hosting.HostsSilo ? CoHostedNote : ClientNote]);
        return new ClusterResponse(time.GetUtcNow(), hosting.Mode, silos, process);
    }

    /// <summary>"CheckIn.Grains.Tenants.TenantGrain,CheckIn.Grains" → "TenantGrain".</summary>
    internal static string ShortName(string grainClass)
    {
        var name = grainClass.Split(',', 2)[0];
        var generic = name.IndexOf('`', StringComparison.Ordinal);
        var plain = generic >= 0 ? name[..generic] : name;
        var dot = plain.LastIndexOf('.');
        return dot >= 0 ? plain[(dot + 1)..] : plain;
    }
}
