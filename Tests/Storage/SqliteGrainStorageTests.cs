using CheckIn.Runtime.Storage;
using CheckIn.Runtime;
using CheckIn.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;

namespace CheckIn.Tests.Storage;

public sealed class SqliteGrainStorageTests : GroupCommitStorageTests
{
    private readonly SqliteTestDatabase _database = new();

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        _database.Dispose();
    }

    [Fact]
    public async Task InitializeAsync_NewDatabase_UsesWriteAheadLog()
    {
        await ((IStorageInitializer)Storage).InitializeAsync(Ct);

        await using var connection = new SqliteConnection(_database.ConnectionString);
        await connection.OpenAsync(Ct);
        await using var command = new SqliteCommand("PRAGMA journal_mode;", connection);
        Assert.Equal("wal", (string?)await command.ExecuteScalarAsync(Ct));
    }

    protected override ValueTask<IGrainStorage> CreateStorageAsync() =>
        ValueTask.FromResult(CreateProvider(GroupCommitStorageOptions.DefaultMaxBatchSize));

    protected override IGrainStorage CreateProvider(int maxBatchSize, TimeSpan maxBatchDelay = default) =>
        new SqliteGrainStorage(
            "sqlite-test",
            new SqliteStorageOptions { ConnectionString = _database.ConnectionString, MaxBatchSize = maxBatchSize, MaxBatchDelay = maxBatchDelay },
            NullLogger<SqliteGrainStorage>.Instance);

    protected override long CommittedTransactions(IGrainStorage provider) => ((SqliteGrainStorage)provider).CommittedTransactions;

    protected override long FailedTransactions(IGrainStorage provider) => ((SqliteGrainStorage)provider).FailedTransactions;

    protected override async Task<long> CountRowsAsync(GrainId grain)
    {
        await using var connection = new SqliteConnection(_database.ConnectionString);
        await connection.OpenAsync(Ct);
        await using var command = new SqliteCommand("SELECT count(*) FROM grain_state WHERE grain_type = $type AND grain_key = $key;", connection);
        command.Parameters.AddWithValue("$type", grain.Type);
        command.Parameters.AddWithValue("$key", grain.Key);
        return (long)(await command.ExecuteScalarAsync(Ct))!;
    }

    protected override Task InstallPoisonTriggerAsync(string grainKey) => ExecuteAsync($"""
        CREATE TRIGGER poison BEFORE INSERT ON grain_state
        WHEN NEW.grain_key = '{grainKey}'
        BEGIN SELECT RAISE(ABORT, 'poison row rejected by test trigger'); END;
        """);

    protected override Task RemovePoisonTriggerAsync() => ExecuteAsync("DROP TRIGGER IF EXISTS poison;");

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new SqliteConnection(_database.ConnectionString);
        await connection.OpenAsync(Ct);
        await using var command = new SqliteCommand(sql, connection);
        await command.ExecuteNonQueryAsync(Ct);
    }
}
