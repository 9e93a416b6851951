namespace CheckIn.Benchmarks.Burst;

/// <summary>The web front (<c>CheckIn.WebFront</c>, with its co-hosted Orleans silo) as a child process on a free
/// loopback port (or a given one, to restart it where its clients expect it), its silo on another free port,
/// configured for the scenario's database. With <c>ClusterClient:ConnectionString</c> in the settings it hosts no
/// silo and is a client of that cluster.</summary>
internal static class WebFrontServer
{
    public static Task<ServerProcess> StartAsync(IReadOnlyDictionary<string, string?> settings, int? port = null)
        => ServerProcess.StartAsync("CheckIn.WebFront", [], BurstSettings.AsEnvironment(BurstSilo.WithFreeSiloPort(settings)), "/healthz", port: port);
}
