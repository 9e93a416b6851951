using CheckIn.Runtime.Reminders;
using CheckIn.Runtime.Storage;
using CheckIn.Tests.Infrastructure;

namespace CheckIn.Tests.Storage;

[Collection(PostgresCollection.Name)]
public sealed class PostgresReminderTableTests(PostgresFixture fixture) : ReminderTableContractTests
{
    [Fact]
    public async Task InitializeAsync_TwiceAndConcurrently_KeepsEntries()
    {
        var entry = new ReminderEntry(TestGrains.NewId(), "kept", DateTimeOffset.UnixEpoch.AddDays(20_000), TimeSpan.FromHours(1));
        await Table.UpsertAsync(entry, Ct);
        await using var first = CreateTable();
        await using var second = CreateTable();

        await Task.WhenAll(((IStorageInitializer)first).InitializeAsync(Ct), ((IStorageInitializer)second).InitializeAsync(Ct));
        await ((IStorageInitializer)first).InitializeAsync(Ct);

        Assert.Contains(entry, await second.ReadAllAsync(Ct));
    }

    protected override ValueTask<IReminderTable> CreateTableAsync() => ValueTask.FromResult<IReminderTable>(CreateTable());

    private PostgresReminderTable CreateTable() =>
        new(new PostgresStorageOptions { ConnectionString = fixture.StorageConnectionString });
}
