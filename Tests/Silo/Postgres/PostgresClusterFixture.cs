using System.Net;
using CheckIn.Silo.Postgres;
using CheckIn.Testing;
using CheckIn.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Orleans.Configuration;

namespace CheckIn.Tests.Silo.Postgres;

/// <summary>
/// Two silos and a client in separate hosts, clustered through PostgreSQL on a fresh database: the shape of a real
/// deployment, in one process. Started once for the test class.
/// </summary>
public sealed class PostgresClusterFixture : IAsyncLifetime
{
    private readonly PostgresDatabaseFixture _database = new();
    private readonly string _clusterId = $"cluster-{Guid.NewGuid():N}";
    private readonly string _serviceId = $"svc-{Guid.NewGuid():N}";

    public IHost SiloA { get; private set; } = null!;

    public IHost SiloB { get; private set; } = null!;

    public IHost Client { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        await _database.InitializeAsync();
        var dataSource = _database.DataSource;
        SiloA = BuildSilo(dataSource);
        SiloB = BuildSilo(dataSource);

        // Both at once: the schema installer and the membership protocol must cope with simultaneous starts.
        await Task.WhenAll(SiloA.StartAsync(), SiloB.StartAsync());

        var clientBuilder = Host.CreateApplicationBuilder();
        clientBuilder.Logging.SetMinimumLevel(LogLevel.Warning);
        clientBuilder.UseOrleansClient(client => client
            .Configure<ClusterOptions>(o =>
            {
                o.ClusterId = _clusterId;
                o.ServiceId = _serviceId;
            })
            .UseCheckInPostgresClustering(dataSource));
        Client = clientBuilder.Build();
        await Client.StartAsync();
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var host in new[] { Client, SiloB, SiloA })
        {
            if (host is not null)
            {
                await host.StopAsync(CancellationToken.None);
                host.Dispose();
            }
        }

        await _database.DisposeAsync();
    }

    private IHost BuildSilo(Npgsql.NpgsqlDataSource dataSource)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        var (siloPort, gatewayPort) = LoopbackPorts.FreePair();
        builder.UseOrleans(silo => silo
            .Configure<ClusterOptions>(o =>
            {
                o.ClusterId = _clusterId;
                o.ServiceId = _serviceId;
            })
            .ConfigureEndpoints(IPAddress.Loopback, siloPort, gatewayPort)
            .UseCheckInPostgresClustering(dataSource)
            .UseCheckInPostgresReminders(dataSource)
            .Configure<ReminderOptions>(o => o.MinimumReminderPeriod = TimeSpan.FromSeconds(1)));
        return builder.Build();
    }
}
