using CheckIn.Runtime.Reminders;
using CheckIn.Runtime.Storage;
using CheckIn.Tests.Infrastructure;

namespace CheckIn.Tests.Storage;

public sealed class SqliteReminderTableTests : ReminderTableContractTests
{
    private readonly SqliteTestDatabase _database = new();

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        _database.Dispose();
    }

    [Fact]
    public async Task InitializeAsync_Twice_KeepsEntries()
    {
        var entry = new ReminderEntry(TestGrains.NewId(), "kept", DateTimeOffset.UnixEpoch.AddDays(20_000), TimeSpan.FromHours(1));
        await Table.UpsertAsync(entry, Ct);
        using var again = new SqliteReminderTable(new SqliteStorageOptions { ConnectionString = _database.ConnectionString });

        await ((IStorageInitializer)again).InitializeAsync(Ct);
        await ((IStorageInitializer)again).InitializeAsync(Ct);

        Assert.Contains(entry, await again.ReadAllAsync(Ct));
    }

    protected override ValueTask<IReminderTable> CreateTableAsync() =>
        ValueTask.FromResult<IReminderTable>(new SqliteReminderTable(new SqliteStorageOptions { ConnectionString = _database.ConnectionString }));
}
