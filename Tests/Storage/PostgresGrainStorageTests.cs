using CheckIn.Runtime.Storage;
using CheckIn.Runtime;
using CheckIn.Tests.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace CheckIn.Tests.Storage;

[Collection(PostgresCollection.Name)]
public sealed class PostgresGrainStorageTests(PostgresFixture fixture) : GroupCommitStorageTests
{
    private readonly string _poisonName = $"poison_{Guid.NewGuid():N}";

    [Fact]
    public async Task InitializeAsync_NewDatabase_CreatesPrimaryKeyThatForbidsDuplicateRows()
    {
        await ((IStorageInitializer)Storage).InitializeAsync(Ct);
        var grain = TestGrains.NewId();
        await Storage.WriteAsync(StateName, grain, TestGrains.Payload("one"), null, Ct);

        var error = await Assert.ThrowsAsync<PostgresException>(() => ExecuteAsync(
            $"INSERT INTO grain_state (grain_type, grain_key, state_name, data, version) VALUES ('{grain.Type}', '{grain.Key}', '{StateName}', NULL, 7)"));

        Assert.Equal(PostgresErrorCodes.UniqueViolation, error.SqlState);
    }

    protected override ValueTask<IGrainStorage> CreateStorageAsync() =>
        ValueTask.FromResult(CreateProvider(GroupCommitStorageOptions.DefaultMaxBatchSize));

    protected override IGrainStorage CreateProvider(int maxBatchSize, TimeSpan maxBatchDelay = default) =>
        new PostgresGrainStorage(
            "postgres-test",
            new PostgresStorageOptions { ConnectionString = fixture.StorageConnectionString, MaxBatchSize = maxBatchSize, MaxBatchDelay = maxBatchDelay },
            NullLogger<PostgresGrainStorage>.Instance);

    protected override long CommittedTransactions(IGrainStorage provider) => ((PostgresGrainStorage)provider).CommittedTransactions;

    protected override long FailedTransactions(IGrainStorage provider) => ((PostgresGrainStorage)provider).FailedTransactions;

    protected override async Task<long> CountRowsAsync(GrainId grain)
    {
        await using var connection = new NpgsqlConnection(fixture.StorageConnectionString);
        await connection.OpenAsync(Ct);
        await using var command = new NpgsqlCommand("SELECT count(*) FROM grain_state WHERE grain_type = $1 AND grain_key = $2", connection)
        {
            Parameters = { new NpgsqlParameter { Value = grain.Type }, new NpgsqlParameter { Value = grain.Key } },
        };
        return (long)(await command.ExecuteScalarAsync(Ct))!;
    }

    protected override Task InstallPoisonTriggerAsync(string grainKey) => ExecuteAsync($"""
        CREATE FUNCTION {_poisonName}() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            RAISE EXCEPTION 'poison row rejected by test trigger';
        END $$;
        CREATE TRIGGER {_poisonName} BEFORE INSERT OR UPDATE ON grain_state
        FOR EACH ROW WHEN (NEW.grain_key = '{grainKey}') EXECUTE FUNCTION {_poisonName}();
        """);

    protected override Task RemovePoisonTriggerAsync() => ExecuteAsync($"""
        DROP TRIGGER IF EXISTS {_poisonName} ON grain_state;
        DROP FUNCTION IF EXISTS {_poisonName}();
        """);

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(fixture.StorageConnectionString);
        await connection.OpenAsync(Ct);
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(Ct);
    }
}
