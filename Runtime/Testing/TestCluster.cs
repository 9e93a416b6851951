using CheckIn.Runtime.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CheckIn.Runtime.Testing;

/// <summary>Several clustered silos in one process, on loopback ports, sharing one PostgreSQL database: the
/// fast way to test membership, placement, forwarding and hand-off. Silos can be added, stopped gracefully,
/// or crashed (heartbeats and connections stop at once, nothing is handed off).</summary>
public sealed class TestCluster : IAsyncDisposable
{
    private readonly TestClusterOptions _options;
    private readonly List<TestClusterSilo> _silos = [];
    private readonly Lock _lock = new();

    private TestCluster(TestClusterOptions options)
    {
        _options = options;
    }

    /// <summary>The running silos, in start order.</summary>
    public IReadOnlyList<TestClusterSilo> Silos
    {
        get
        {
            lock (_lock)
            {
                return [.. _silos.Where(static s => s.IsRunning)];
            }
        }
    }

    /// <summary>The cluster id.</summary>
    public string ClusterId => _options.ClusterId;

    /// <summary>Starts <paramref name="silos"/> silos, one after the other.</summary>
    public static async Task<TestCluster> StartAsync(int silos, Action<TestClusterOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        var options = new TestClusterOptions();
        configure(options);
        var cluster = new TestCluster(options);
        for (var i = 0; i < silos; i++)
        {
            await cluster.AddSiloAsync().ConfigureAwait(false);
        }

        return cluster;
    }

    /// <summary>Starts one more silo; returns once it has joined.</summary>
    public async Task<TestClusterSilo> AddSiloAsync()
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Logging.AddFilter(level => level >= LogLevel.Warning);
        builder.AddSilo(silo =>
        {
            foreach (var assembly in _options.GrainAssemblies)
            {
                silo.AddGrains(assembly);
            }

            silo.UsePostgresStorage(_options.ConnectionString);
            silo.UseCluster(o =>
            {
                o.ConnectionString = _options.ConnectionString;
                o.ClusterId = _options.ClusterId;
                o.Address = "127.0.0.1";
                o.Port = 0;
                _options.ConfigureCluster(o);
            });
        });
        _options.ConfigureServices?.Invoke(builder.Services);
        var host = builder.Build();
        await host.StartAsync().ConfigureAwait(false);
        var silo = new TestClusterSilo(host);
        lock (_lock)
        {
            _silos.Add(silo);
        }

        return silo;
    }

    /// <summary>Waits until every running silo sees exactly the running silos as active and has settled.</summary>
    public async Task WaitForStableAsync(TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            var running = Silos;
            var expected = running.Select(static s => s.Address).Order().ToList();
            if (running.All(s => s.Host.Services.GetRequiredService<ClusterSiloHost>().Membership.View is { IsSettled: true } view
                                 && view.Snapshot.ActiveSilos.SequenceEqual(expected)))
            {
                return;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"The cluster did not settle on {expected.Count} silos within {timeout}.");
            }

            await Task.Delay(20).ConfigureAwait(false);
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        List<TestClusterSilo> silos;
        lock (_lock)
        {
            silos = [.. _silos];
        }

        foreach (var silo in silos)
        {
            await silo.DisposeAsync().ConfigureAwait(false);
        }
    }
}
