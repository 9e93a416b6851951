using System.Globalization;
using CheckIn.Silo.Hosting;
using CheckIn.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CheckIn.Tests.Cluster;

/// <summary>Silo processes on one PostgreSQL database with a cluster id of their own, the keys they share, and
/// an Orleans client in the test process (the product's <c>UseCheckInClusterClient</c>, as the web front uses
/// it). Disposing it kills what still runs; the silos' output then goes to the test output.</summary>
internal sealed class ProcessCluster : IAsyncDisposable
{
    /// <summary>How long a silo process may take to start and join on a busy two-core machine.</summary>
    public static readonly TimeSpan StartDeadline = TimeSpan.FromSeconds(90);

    private readonly List<SiloProcess> _silos = [];
    private IHost? _client;

    private ProcessCluster(string connectionString)
    {
        ConnectionString = connectionString;
        ClusterId = "procs-" + Guid.NewGuid().ToString("N")[..10];
    }

    public string ConnectionString { get; }

    public string ClusterId { get; }

    public IReadOnlyDictionary<string, string> Keys { get; } = SiloProcess.NewKeys();

    public IReadOnlyList<SiloProcess> Silos => _silos;

    public IClusterClient Client => _client?.Services.GetRequiredService<IClusterClient>() ?? throw new InvalidOperationException("The client is not started.");

    /// <summary>Starts <paramref name="silos"/> silo processes, waits until all are Active, then starts the client.</summary>
    public static async Task<ProcessCluster> StartAsync(string connectionString, int silos)
    {
        var cluster = new ProcessCluster(connectionString);
        try
        {
            // The first silo creates the schema; the others start once it is in place, so that they do not race it.
            await cluster.AddSiloAsync();
            await Task.WhenAll(Enumerable.Range(1, silos - 1).Select(_ => cluster.AddSiloAsync()));
            await cluster.StartClientAsync();
            return cluster;
        }
        catch
        {
            cluster.WriteOutput();
            await cluster.DisposeAsync();
            throw;
        }
    }

    public async Task<SiloProcess> AddSiloAsync()
    {
        var silo = SiloProcess.Start(ConnectionString, ClusterId, Keys);
        lock (_silos)
        {
            _silos.Add(silo);
        }

        await silo.WaitUntilActiveAsync(ConnectionString, ClusterId, StartDeadline, TestContext.Current.CancellationToken);
        return silo;
    }

    /// <summary>The silo process whose id an activation reported.</summary>
    public SiloProcess HostOf(int processId) => _silos.Single(s => s.ProcessId == processId);

    /// <summary>Writes every silo's recent output to the test output (for failures and for the record).</summary>
    public void WriteOutput()
    {
        foreach (var silo in _silos)
        {
            TestContext.Current.TestOutputHelper?.WriteLine(
                $"--- silo pid {silo.ProcessId} on 127.0.0.1:{silo.Port} (exited: {silo.HasExited}, log {silo.LogPath}) ---{Environment.NewLine}{silo.RecentOutput}");
        }
    }

    public async ValueTask DisposeAsync()
    {
        // At Warning level the silos print little: keep it in the test's output, passed or failed.
        WriteOutput();
        if (_client is not null)
        {
            try
            {
                using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(10));
                await _client.StopAsync(stop.Token);
            }
            catch (OperationCanceledException)
            {
                // The cluster may be gone already; the client is disposed anyway.
            }

            _client.Dispose();
        }

        foreach (var silo in _silos)
        {
            await silo.DisposeAsync();
        }
    }

    private async Task StartClientAsync()
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true, EnvironmentName = "Development" });
        var settings = SiloProcess.AsConfiguration(Keys);
        settings[$"{ClusterClientSettings.SectionName}:{nameof(ClusterClientSettings.ConnectionString)}"] = ConnectionString;
        settings[$"{ClusterClientSettings.SectionName}:{nameof(ClusterClientSettings.ClusterId)}"] = ClusterId;
        // A call to a grain whose silo just died fails in seconds rather than 30 s, so the writers retry soon.
        settings[$"{ClusterClientSettings.SectionName}:{nameof(ClusterClientSettings.CallTimeout)}"] = TimeSpan.FromSeconds(5).ToString("c", CultureInfo.InvariantCulture);
        builder.Configuration.AddInMemoryCollection(settings);
        builder.UseCheckInClusterClient();
        _client = builder.Build();
        await _client.StartAsync(TestContext.Current.CancellationToken);
    }
}
