using CheckIn.Silo.Postgres;
using CheckIn.Tests.Silo.Reminders;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Orleans.Messaging;

namespace CheckIn.Tests.Silo.Postgres;

/// <summary>A real cluster on PostgreSQL through <c>UseCheckInPostgresClustering</c> and <c>UseCheckInPostgresReminders</c>.</summary>
public sealed class PostgresClusterTests(PostgresClusterFixture cluster) : IClassFixture<PostgresClusterFixture>
{
    private static readonly TimeSpan s_deadline = TimeSpan.FromSeconds(60);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task TwoSilos_SharedClusterId_SeeEachOtherActive()
    {
        await WaitUntilAsync(() => ActiveCount(cluster.SiloA) == 2 && ActiveCount(cluster.SiloB) == 2);
    }

    [Fact]
    public async Task Client_UseCheckInPostgresClustering_CallsAGrain()
    {
        var grain = cluster.Client.Services.GetRequiredService<IClusterClient>().GetGrain<IReminderProbeGrain>($"ping-{Guid.NewGuid():N}");

        var identity = await grain.PingAsync().WaitAsync(s_deadline, Ct);

        Assert.False(string.IsNullOrEmpty(identity));
    }

    [Fact]
    public async Task UseCheckInPostgresReminders_RegisteredReminder_Fires()
    {
        var key = $"pg-{Guid.NewGuid():N}";
        var fired = ReminderProbeSignals.WhenSignalled(key);
        var grain = cluster.Client.Services.GetRequiredService<IClusterClient>().GetGrain<IReminderProbeGrain>(key);

        await grain.RegisterAsync(TimeSpan.FromMilliseconds(200), TimeSpan.FromSeconds(1));
        await fired.WaitAsync(s_deadline, Ct);
        await grain.UnregisterAsync();
    }

    [Fact]
    public void UseCheckInPostgresClustering_CalledTwice_RegistersOnce()
    {
        var dataSource = cluster.Client.Services.GetRequiredService<IEnumerable<IGatewayListProvider>>();
        Assert.Single(dataSource);

        var builder = Host.CreateApplicationBuilder();
        using var anyDataSource = Npgsql.NpgsqlDataSource.Create("Host=127.0.0.1");
        builder.UseOrleansClient(client => client
            .UseCheckInPostgresClustering(anyDataSource)
            .UseCheckInPostgresClustering(anyDataSource));
        Assert.Single(builder.Services, d => d.ServiceType == typeof(IGatewayListProvider));

        var siloBuilder = Host.CreateApplicationBuilder();
        siloBuilder.UseOrleans(silo => silo
            .UseCheckInPostgresClustering(anyDataSource)
            .UseCheckInPostgresClustering(anyDataSource)
            .UseCheckInPostgresReminders(anyDataSource)
            .UseCheckInPostgresReminders(anyDataSource));
        Assert.Single(siloBuilder.Services, d => d.ServiceType == typeof(IMembershipTable));
        Assert.Single(siloBuilder.Services, d => d.ServiceType == typeof(IReminderTable));
    }

    private static int ActiveCount(IHost silo) =>
        silo.Services.GetRequiredService<IClusterMembershipService>().CurrentSnapshot.Members.Values.Count(m => m.Status == SiloStatus.Active);

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        timeout.CancelAfter(s_deadline);
        while (!condition())
        {
            // Polls a condition under a deadline; the interval only bounds how late success is noticed.
            await Task.Delay(TimeSpan.FromMilliseconds(100), timeout.Token);
        }
    }
}
