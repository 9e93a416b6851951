using CheckIn.Silo.Storage;
using CheckIn.Silo.Storage.Postgres;
using CheckIn.Tests.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace CheckIn.Tests.Silo.Storage;

/// <summary>The contract and group commit against a real PostgreSQL server, in a fresh database per test class.</summary>
public sealed class PostgresGrainStorageTests(PostgresDatabaseFixture database) : GroupCommitGrainStorageTests, IClassFixture<PostgresDatabaseFixture>
{
    private readonly string _poisonName = $"poison_{Guid.NewGuid():N}";

    [Fact]
    public async Task WriteStateAsync_BurstOnDataSourceOfTwoConnections_WaitsForConnectionsAndCommitsEveryWrite()
    {
        // The host's data source bounds connections; a burst must queue for them, not fail.
        await using var dataSource = new NpgsqlDataSourceBuilder(database.ConnectionString)
        {
            ConnectionStringBuilder = { MaxPoolSize = 2, Timeout = 60 },
        }.Build();
        await using var provider = CreatePostgresProvider(o => o.DataSource = dataSource);
        var grains = Enumerable.Range(0, 200).Select(_ => StorageTestKit.NewGrainId()).ToList();

        await Task.WhenAll(grains.Select(async g =>
        {
            var state = StorageTestKit.State("burst");
            await provider.ReadStateAsync(StateName, g, state);
            state.State = new StorageTestState { Text = "burst" };
            await provider.WriteStateAsync(StateName, g, state);
            await provider.ReadStateAsync(StateName, g, state);
            Assert.Equal("burst", state.State?.Text);
        })).WaitAsync(StorageTestKit.Deadline, Ct);

        Assert.InRange(provider.CommittedTransactions, 1, grains.Count);
    }

    [Fact]
    public async Task WriteStateAsync_SerializationFailureOnFirstAttempt_RetriesAndCommitsOnce()
    {
        var grain = StorageTestKit.NewGrainId();
        // A sequence is not rolled back with the failed transaction, so only the first attempt sees 1.
        await ExecuteAsync($"""
            CREATE SEQUENCE {_poisonName}_seq;
            CREATE FUNCTION {_poisonName}() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                IF nextval('{_poisonName}_seq') = 1 THEN
                    RAISE EXCEPTION 'simulated serialization failure' USING ERRCODE = 'serialization_failure';
                END IF;
                RETURN NEW;
            END $$;
            CREATE TRIGGER {_poisonName} BEFORE INSERT ON checkin_grain_state
            FOR EACH ROW WHEN (NEW.grain_key = '{grain.Key}') EXECUTE FUNCTION {_poisonName}();
            """);
        try
        {
            await using var provider = CreatePostgresProvider(o => o.RetryDelay = TimeSpan.Zero);
            var state = StorageTestKit.State("retried");

            await provider.WriteStateAsync(StateName, grain, state).WaitAsync(StorageTestKit.Deadline, Ct);

            Assert.Equal("1", state.ETag);
            Assert.Equal((1, 0), (provider.CommittedTransactions, provider.FailedTransactions));
            var read = StorageTestKit.State(string.Empty);
            await Storage.ReadStateAsync(StateName, grain, read);
            Assert.Equal("retried", read.State?.Text);
        }
        finally
        {
            await RemovePoisonTriggerAsync();
        }
    }

    [Fact]
    public async Task WriteStateAsync_TransientErrorOnEveryAttempt_FailsAfterMaxAttempts()
    {
        var grain = StorageTestKit.NewGrainId();
        await ExecuteAsync($"""
            CREATE FUNCTION {_poisonName}() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                RAISE EXCEPTION 'simulated deadlock' USING ERRCODE = 'deadlock_detected';
            END $$;
            CREATE TRIGGER {_poisonName} BEFORE INSERT ON checkin_grain_state
            FOR EACH ROW WHEN (NEW.grain_key = '{grain.Key}') EXECUTE FUNCTION {_poisonName}();
            """);
        try
        {
            await using var provider = CreatePostgresProvider(o => (o.RetryDelay, o.MaxAttempts) = (TimeSpan.Zero, 3));

            var error = await Assert.ThrowsAsync<PostgresException>(() => provider.WriteStateAsync(StateName, grain, StorageTestKit.State("never")).WaitAsync(StorageTestKit.Deadline, Ct));

            Assert.Equal(PostgresErrorCodes.DeadlockDetected, error.SqlState);
            Assert.Equal(1, provider.FailedTransactions);
        }
        finally
        {
            await RemovePoisonTriggerAsync();
        }
    }

    [Theory]
    [InlineData(PostgresErrorCodes.SerializationFailure, "ERROR", true)]
    [InlineData(PostgresErrorCodes.DeadlockDetected, "ERROR", true)]
    [InlineData(PostgresErrorCodes.UniqueViolation, "ERROR", false)]
    [InlineData(PostgresErrorCodes.AdminShutdown, "FATAL", false)]
    public void IsSafeToRetryBatch_ServerError_RetriesOnlyTransientErrorsThatRolledBack(string sqlState, string severity, bool expected)
    {
        var error = new PostgresException("simulated", severity, severity, sqlState);

        Assert.Equal(expected, PostgresGrainStorage.IsSafeToRetryBatch(error));
    }

    [Fact]
    public void IsSafeToRetryBatch_ConnectionLostAfterSending_DoesNotRetry()
    {
        // The commit may have happened: a retry would report ETag conflicts for writes that did commit.
        var error = new NpgsqlException("connection lost", new IOException("broken pipe"));

        Assert.True(error.IsTransient);
        Assert.False(PostgresGrainStorage.IsSafeToRetryBatch(error));
    }

    [Fact]
    public async Task InitializeAsync_NewDatabase_CreatesPrimaryKeyThatForbidsDuplicateRows()
    {
        var grain = StorageTestKit.NewGrainId();
        await Storage.WriteStateAsync(StateName, grain, StorageTestKit.State("one"));

        var error = await Assert.ThrowsAsync<PostgresException>(() => ExecuteAsync(
            $"INSERT INTO checkin_grain_state (grain_type, grain_key, state_name, data, version) VALUES ('{grain.Type}', '{grain.Key}', '{StateName}', NULL, 7)"));

        Assert.Equal(PostgresErrorCodes.UniqueViolation, error.SqlState);
    }

    [Fact]
    public async Task ReadStateAsync_ManyConcurrentReads_ShareQueriesAndEachGetsItsOwnRow()
    {
        await using var provider = CreatePostgresProvider(_ => { });
        var written = Enumerable.Range(0, 150).Select(_ => StorageTestKit.NewGrainId()).ToList();
        await Task.WhenAll(written.Select((g, i) => provider.WriteStateAsync(StateName, g, StorageTestKit.State($"row {i}")))).WaitAsync(StorageTestKit.Deadline, Ct);
        var neverWritten = Enumerable.Range(0, 150).Select(_ => StorageTestKit.NewGrainId()).ToList();
        var queriesBefore = provider.ReadQueries;

        var reads = written.Concat(neverWritten).Select(g => (Grain: g, State: StorageTestKit.State("not read"))).ToList();
        await Task.WhenAll(reads.Select(r => provider.ReadStateAsync(StateName, r.Grain, r.State))).WaitAsync(StorageTestKit.Deadline, Ct);

        for (var i = 0; i < written.Count; i++)
        {
            Assert.Equal(($"row {i}", true, "1"), (reads[i].State.State?.Text, reads[i].State.RecordExists, reads[i].State.ETag));
        }

        Assert.All(reads.Skip(written.Count), r => Assert.Equal((string.Empty, false, (string?)null), (r.State.State?.Text, r.State.RecordExists, r.State.ETag)));
        Assert.InRange(provider.ReadQueries - queriesBefore, 1, reads.Count / 4);
    }

    [Fact]
    public async Task ReadStateAsync_QueryCannotGetConnection_FailsItsReadsAndLaterReadsSucceed()
    {
        // The only connection of the pool is taken, so the read queries time out waiting for one; once it is free,
        // reads go through again: a failed batch must not leave the batcher's query slots taken.
        await using var dataSource = new NpgsqlDataSourceBuilder(database.ConnectionString)
        {
            ConnectionStringBuilder = { MaxPoolSize = 1, Timeout = 1 },
        }.Build();
        await using var provider = CreatePostgresProvider(o => (o.DataSource, o.MaxAttempts) = (dataSource, 1));
        var grain = StorageTestKit.NewGrainId();
        await provider.WriteStateAsync(StateName, grain, StorageTestKit.State("kept"));

        var blocker = await dataSource.OpenConnectionAsync(Ct);
        var failed = await Task.WhenAll(Enumerable.Range(0, 12).Select(async _ =>
        {
            try
            {
                await provider.ReadStateAsync(StateName, grain, StorageTestKit.State(string.Empty));
                return false;
            }
            catch (NpgsqlException)
            {
                return true;
            }
        })).WaitAsync(StorageTestKit.Deadline, Ct);
        await blocker.DisposeAsync();
        var read = StorageTestKit.State(string.Empty);
        await provider.ReadStateAsync(StateName, grain, read).WaitAsync(StorageTestKit.Deadline, Ct);

        Assert.All(failed, Assert.True);
        Assert.Equal("kept", read.State?.Text);
    }

    [Fact]
    public async Task WriteStateAsync_LargeState_IsCompressedWithLz4AndReadsBack()
    {
        // Large states are rewritten whole at every write; pglz, PostgreSQL's default, was a quarter of its CPU in
        // the check-in storm. The server the tests install is Debian's, built with lz4.
        var grain = StorageTestKit.NewGrainId();
        var text = string.Concat(Enumerable.Range(0, 5_000).Select(i => $"visit {i % 97};"));
        await Storage.WriteStateAsync(StateName, grain, StorageTestKit.State(text));

        var compression = await ScalarAsync<string>(
            $"SELECT pg_column_compression(data) FROM checkin_grain_state WHERE grain_key = '{grain.Key}' AND state_name = '{StateName}'");
        var read = StorageTestKit.State(string.Empty);
        await Storage.ReadStateAsync(StateName, grain, read);

        Assert.Equal("lz4", compression);
        Assert.Equal(text, read.State?.Text);
    }

    [Fact]
    public void Constructor_NeitherDataSourceNorConnectionString_ThrowsNamingBoth()
    {
        var error = Assert.Throws<Microsoft.Extensions.Options.OptionsValidationException>(() => new PostgresGrainStorage(
            "bad",
            new PostgresGrainStorageOptions { GrainStorageSerializer = StorageTestKit.Serializer },
            StorageTestKit.Activators,
            NullLogger<PostgresGrainStorage>.Instance));

        Assert.Contains(nameof(PostgresGrainStorageOptions.DataSource), error.Message, StringComparison.Ordinal);
        Assert.Contains(nameof(PostgresGrainStorageOptions.ConnectionString), error.Message, StringComparison.Ordinal);
    }

    private protected override GroupCommitGrainStorage CreateProvider(int maxBatchSize, TimeSpan maxBatchDelay) =>
        CreatePostgresProvider(o => (o.MaxBatchSize, o.MaxBatchDelay) = (maxBatchSize, maxBatchDelay));

    protected override Task InstallPoisonTriggerAsync(string grainKey) => ExecuteAsync($"""
        CREATE FUNCTION {_poisonName}() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            RAISE EXCEPTION 'poison row rejected by test trigger';
        END $$;
        CREATE TRIGGER {_poisonName} BEFORE INSERT OR UPDATE ON checkin_grain_state
        FOR EACH ROW WHEN (NEW.grain_key = '{grainKey}') EXECUTE FUNCTION {_poisonName}();
        """);

    protected override Task RemovePoisonTriggerAsync() => ExecuteAsync($"""
        DROP TRIGGER IF EXISTS {_poisonName} ON checkin_grain_state;
        DROP FUNCTION IF EXISTS {_poisonName}();
        DROP SEQUENCE IF EXISTS {_poisonName}_seq;
        """);

    private PostgresGrainStorage CreatePostgresProvider(Action<PostgresGrainStorageOptions> configure)
    {
        var options = new PostgresGrainStorageOptions
        {
            ConnectionString = database.ConnectionString,
            GrainStorageSerializer = StorageTestKit.Serializer,
        };
        configure(options);
        return new PostgresGrainStorage("postgres-test", options, StorageTestKit.Activators, NullLogger<PostgresGrainStorage>.Instance);
    }

    private async Task<T> ScalarAsync<T>(string sql)
    {
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync(Ct);
        await using var command = new NpgsqlCommand(sql, connection);
        return (T)(await command.ExecuteScalarAsync(Ct))!;
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync(Ct);
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(Ct);
    }
}
