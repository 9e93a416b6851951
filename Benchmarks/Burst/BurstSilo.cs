using System.Globalization;
using CheckIn.Benchmarks.CheckIn;
using CheckIn.Silo.Hosting;
using CheckIn.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CheckIn.Benchmarks.Burst;

/// <summary>An in-process Orleans silo the way the silo host builds one (<see cref="CheckInSiloHostingExtensions.UseCheckInSilo"/>
/// over configuration, system clock, alone on loopback), on a scenario's database; stopping it deactivates every
/// grain, so a new one reads everything back from the database.</summary>
internal sealed class BurstSilo : IAsyncDisposable
{
    private readonly IHost _host;

    private BurstSilo(IHost host) => _host = host;

    public IGrainFactory Grains => _host.Services.GetRequiredService<IGrainFactory>();

    public static async Task<BurstSilo> StartAsync(IReadOnlyDictionary<string, string?> settings)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(WithFreeSiloPort(settings));
        builder.UseCheckInSilo();
        builder.Services.AddSingleton<IHostLifetime, NoSignalLifetime>();
        var host = builder.Build();
        await host.StartAsync();
        return new BurstSilo(host);
    }

    /// <summary>The settings with a free silo-to-silo port and no gateway: every silo of a run (in-process or in the web
    /// front) runs alone on loopback, and none takes Orleans' fixed default port.</summary>
    public static Dictionary<string, string?> WithFreeSiloPort(IReadOnlyDictionary<string, string?> settings)
    {
        var copy = new Dictionary<string, string?>(settings, StringComparer.OrdinalIgnoreCase)
        {
            [$"{ClusterSettings.SectionName}:{nameof(ClusterSettings.Port)}"] = LoopbackPorts.Free().ToString(CultureInfo.InvariantCulture),
            [$"{ClusterSettings.SectionName}:{nameof(ClusterSettings.GatewayPort)}"] = "0",
        };
        return copy;
    }

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
    }
}
