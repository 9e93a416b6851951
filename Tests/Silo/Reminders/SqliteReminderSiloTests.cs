using CheckIn.Silo.Reminders;
using CheckIn.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CheckIn.Tests.Silo.Reminders;

/// <summary>A real silo with <see cref="SqliteReminderSiloBuilderExtensions.UseCheckInSqliteReminders"/>.</summary>
public sealed class SqliteReminderSiloTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("checkin-reminder-silo-").FullName;

    [Fact]
    public async Task UseCheckInSqliteReminders_RegisteredReminder_Fires()
    {
        var ct = TestContext.Current.CancellationToken;
        using var host = BuildSilo($"Data Source={Path.Combine(_directory, "checkin.db")}");
        await host.StartAsync(ct);
        try
        {
            var key = $"sqlite-{Guid.NewGuid():N}";
            var fired = ReminderProbeSignals.WhenSignalled(key);
            var grain = host.Services.GetRequiredService<IGrainFactory>().GetGrain<IReminderProbeGrain>(key);

            await grain.RegisterAsync(TimeSpan.FromMilliseconds(200), TimeSpan.FromSeconds(1));
            await fired.WaitAsync(TimeSpan.FromSeconds(30), ct);
            await grain.UnregisterAsync();
        }
        finally
        {
            await host.StopAsync(CancellationToken.None);
        }
    }

    [Fact]
    public async Task UseCheckInSqliteReminders_InMemoryDatabase_HostStartFailsWithClearMessage()
    {
        using var host = BuildSilo("Data Source=:memory:");

        var exception = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync(TestContext.Current.CancellationToken));

        Assert.Contains("must name a database file", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UseCheckInSqliteReminders_CalledTwice_RegistersOneReminderTable()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.UseOrleans(silo => silo
            .UseLocalhostClustering()
            .UseCheckInSqliteReminders(o => o.ConnectionString = "Data Source=a.db")
            .UseCheckInSqliteReminders(o => o.ConnectionString = "Data Source=b.db"));

        Assert.Single(builder.Services, d => d.ServiceType == typeof(IReminderTable));
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private static IHost BuildSilo(string connectionString)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        var (siloPort, gatewayPort) = LoopbackPorts.FreePair();
        builder.UseOrleans(silo => silo
            .UseLocalhostClustering(siloPort, gatewayPort, serviceId: $"svc-{Guid.NewGuid():N}", clusterId: $"c-{Guid.NewGuid():N}")
            .UseCheckInSqliteReminders(o => o.ConnectionString = connectionString)
            .Configure<ReminderOptions>(o => o.MinimumReminderPeriod = TimeSpan.FromSeconds(1)));
        return builder.Build();
    }
}
