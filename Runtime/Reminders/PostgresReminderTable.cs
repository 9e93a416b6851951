using CheckIn.Runtime.Storage;
using Npgsql;

namespace CheckIn.Runtime.Reminders;

/// <summary>Reminders in the PostgreSQL database that holds the grain state (table <c>reminders</c>).
/// Reminder changes are rare, so each is its own durable statement.</summary>
internal sealed class PostgresReminderTable : IReminderTable, IStorageInitializer, IAsyncDisposable, IDisposable
{
    private const string UpsertSql = """
        INSERT INTO reminders (grain_type, grain_key, name, first_tick_utc_ticks, period_ticks)
        VALUES ($1, $2, $3, $4, $5)
        ON CONFLICT (grain_type, grain_key, name) DO UPDATE
        SET first_tick_utc_ticks = EXCLUDED.first_tick_utc_ticks, period_ticks = EXCLUDED.period_ticks
        """;

    private const string RemoveSql = "DELETE FROM reminders WHERE grain_type = $1 AND grain_key = $2 AND name = $3";

    private const string ReadAllSql = "SELECT grain_type, grain_key, name, first_tick_utc_ticks, period_ticks FROM reminders";

    private readonly NpgsqlDataSource _dataSource;
    private volatile bool _initialized;

    public PostgresReminderTable(PostgresStorageOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        GroupCommitStorageOptionsValidator<PostgresStorageOptions>.ThrowIfInvalid("reminders", options);
        _dataSource = PostgresSchema.CreateDataSource(options.ConnectionString);
    }

    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        await PostgresSchema.EnsureAsync(_dataSource, PostgresSchema.RemindersTable, cancellationToken).ConfigureAwait(false);
        _initialized = true;
    }

    public async Task<IReadOnlyList<ReminderEntry>> ReadAllAsync(CancellationToken cancellationToken = default)
    {
        await EnsureInitializedAsync(cancellationToken).ConfigureAwait(false);
        await using var command = _dataSource.CreateCommand(ReadAllSql);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        return await ReminderRows.ReadAllAsync(reader, cancellationToken).ConfigureAwait(false);
    }

    public async Task UpsertAsync(ReminderEntry entry, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entry);
        await EnsureInitializedAsync(cancellationToken).ConfigureAwait(false);
        await using var command = CreateKeyCommand(UpsertSql, entry.GrainId, entry.Name);
        command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = entry.FirstTickAt.UtcTicks });
        command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = entry.Period.Ticks });
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<bool> RemoveAsync(GrainId grainId, string name, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(name);
        await EnsureInitializedAsync(cancellationToken).ConfigureAwait(false);
        await using var command = CreateKeyCommand(RemoveSql, grainId, name);
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) > 0;
    }

    public ValueTask DisposeAsync() => _dataSource.DisposeAsync();

    public void Dispose() => _dataSource.Dispose();

    private NpgsqlCommand CreateKeyCommand(string sql, GrainId grainId, string name)
    {
        var command = _dataSource.CreateCommand(sql);
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = grainId.Type });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = grainId.Key });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = name });
        return command;
    }

    private ValueTask EnsureInitializedAsync(CancellationToken cancellationToken) =>
        _initialized ? ValueTask.CompletedTask : new ValueTask(InitializeAsync(cancellationToken));
}
