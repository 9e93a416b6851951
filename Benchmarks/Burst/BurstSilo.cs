extern alias silo;
using CheckIn.Benchmarks.CheckIn;
using CheckIn.Runtime;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using silo::CheckIn.Silo;

namespace CheckIn.Benchmarks.Burst;

/// <summary>An in-process silo the way the silo host builds one (<c>AddCheckInSilo</c> over configuration, system
/// clock), on a scenario's database; stopping it deactivates every grain, so a new one reads everything back from
/// the database.</summary>
internal sealed class BurstSilo : IAsyncDisposable
{
    private readonly IHost _host;

    private BurstSilo(IHost host) => _host = host;

    public IGrainFactory Grains => _host.Services.GetRequiredService<IGrainFactory>();

    public static async Task<BurstSilo> StartAsync(IReadOnlyDictionary<string, string?> settings)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.AddCheckInSilo();
        builder.Services.AddSingleton<IHostLifetime, NoSignalLifetime>();
        var host = builder.Build();
        await host.StartAsync();
        return new BurstSilo(host);
    }

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
    }
}
