namespace CheckIn.Benchmarks.Burst;

/// <summary>The web front (<c>CheckIn.WebFront</c>, with its co-hosted Orleans silo) as a child process on a free
/// loopback port, its silo on another free port, configured for the scenario's database.</summary>
internal static class WebFrontServer
{
    public static Task<ServerProcess> StartAsync(IReadOnlyDictionary<string, string?> settings)
        => ServerProcess.StartAsync("CheckIn.WebFront", [], BurstSettings.AsEnvironment(BurstSilo.WithFreeSiloPort(settings)), "/healthz");
}
