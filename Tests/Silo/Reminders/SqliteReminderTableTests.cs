using CheckIn.Silo.Reminders;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Orleans.Configuration;

namespace CheckIn.Tests.Silo.Reminders;

/// <summary>The reminder table contract on <see cref="SqliteReminderTable"/>, plus what is specific to SQLite.</summary>
public sealed class SqliteReminderTableTests : ReminderTableContractTests
{
    private readonly string _directory = Directory.CreateTempSubdirectory("checkin-reminders-").FullName;

    [Fact]
    public async Task UpsertRow_ConcurrentWritersOnTwoTables_AllRowsLand()
    {
        // Two tables on one file stand for two silos sharing it; each has its own write gate.
        var other = await CreateTableAsync(ServiceId);
        await other.StartAsync(TestContext.Current.CancellationToken);
        var grains = Enumerable.Range(0, 50).Select(i => GrainId.Create("probe", $"c{i}")).ToArray();

        await Task.WhenAll(grains.Select((g, i) => (i % 2 == 0 ? Table : other).UpsertRow(new ReminderEntry
        {
            GrainId = g,
            ReminderName = "r",
            StartAt = DateTime.UtcNow,
            Period = TimeSpan.FromMinutes(1),
        }, Ct)));

        Assert.Equal(50, (await Table.ReadRows(0u, 0u, Ct)).Reminders.Count);
        await other.StopAsync(CancellationToken.None);
    }

    [Fact]
    public async Task StartAsync_Twice_KeepsRows()
    {
        var grain = GrainId.Create("probe", "restart");
        await Table.UpsertRow(new ReminderEntry { GrainId = grain, ReminderName = "r", StartAt = DateTime.UtcNow, Period = TimeSpan.FromMinutes(1) }, Ct);

        await Table.StartAsync(TestContext.Current.CancellationToken);

        Assert.NotNull(await Table.ReadRow(grain, "r", Ct));
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Directory.Delete(_directory, recursive: true);
    }

    protected override Task<IReminderTable> CreateTableAsync(string serviceId) =>
        Task.FromResult<IReminderTable>(new SqliteReminderTable(
            Options.Create(new SqliteReminderTableOptions { ConnectionString = $"Data Source={Path.Combine(_directory, "checkin.db")}" }),
            Options.Create(new ClusterOptions { ServiceId = serviceId, ClusterId = "test" }),
            NullLogger<SqliteReminderTable>.Instance));
}
