using CheckIn.Silo.Storage;
using CheckIn.Silo.Storage.Sqlite;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;

namespace CheckIn.Tests.Silo.Storage;

/// <summary>The contract and group commit against a real SQLite file, a fresh one per test.</summary>
public sealed class SqliteGrainStorageTests : GroupCommitGrainStorageTests
{
    private readonly string _directory = Directory.CreateTempSubdirectory("checkin-sqlite-").FullName;

    private string ConnectionString => $"Data Source={Path.Combine(_directory, "checkin.db")}";

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    [Fact]
    public async Task InitializeAsync_NewFile_UsesWriteAheadLog()
    {
        await using var connection = new SqliteConnection(ConnectionString);
        await connection.OpenAsync(Ct);
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode;";

        Assert.Equal("wal", (string?)await command.ExecuteScalarAsync(Ct));
    }

    [Fact]
    public void Constructor_MissingConnectionString_ThrowsNamingTheOption()
    {
        var error = Assert.Throws<Microsoft.Extensions.Options.OptionsValidationException>(() => new SqliteGrainStorage(
            "bad",
            new SqliteGrainStorageOptions { GrainStorageSerializer = StorageTestKit.Serializer },
            StorageTestKit.Activators,
            NullLogger<SqliteGrainStorage>.Instance));

        Assert.Contains(nameof(SqliteGrainStorageOptions.ConnectionString), error.Message, StringComparison.Ordinal);
    }

    private protected override GroupCommitGrainStorage CreateProvider(int maxBatchSize, TimeSpan maxBatchDelay) =>
        new SqliteGrainStorage(
            "sqlite-test",
            new SqliteGrainStorageOptions
            {
                ConnectionString = ConnectionString,
                MaxBatchSize = maxBatchSize,
                MaxBatchDelay = maxBatchDelay,
                GrainStorageSerializer = StorageTestKit.Serializer,
            },
            StorageTestKit.Activators,
            NullLogger<SqliteGrainStorage>.Instance);

    protected override Task InstallPoisonTriggerAsync(string grainKey) => ExecuteAsync($"""
        CREATE TRIGGER poison_insert BEFORE INSERT ON checkin_grain_state
        WHEN NEW.grain_key = '{grainKey}'
        BEGIN SELECT RAISE(ABORT, 'poison row rejected by test trigger'); END;
        """);

    protected override Task RemovePoisonTriggerAsync() => ExecuteAsync("DROP TRIGGER IF EXISTS poison_insert;");

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new SqliteConnection(ConnectionString);
        await connection.OpenAsync(Ct);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(Ct);
    }
}
