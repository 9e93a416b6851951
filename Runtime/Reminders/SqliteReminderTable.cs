using CheckIn.Runtime.Storage;
using Microsoft.Data.Sqlite;

namespace CheckIn.Runtime.Reminders;

/// <summary>Reminders in the SQLite database that holds the grain state (table <c>reminders</c>).
/// Reminder changes are rare, so each is its own durable transaction.</summary>
internal sealed class SqliteReminderTable : IReminderTable, IStorageInitializer, IDisposable
{
    private const string UpsertSql = """
        INSERT INTO reminders (grain_type, grain_key, name, first_tick_utc_ticks, period_ticks)
        VALUES ($type, $key, $name, $first, $period)
        ON CONFLICT (grain_type, grain_key, name) DO UPDATE
        SET first_tick_utc_ticks = excluded.first_tick_utc_ticks, period_ticks = excluded.period_ticks;
        """;

    private const string RemoveSql = "DELETE FROM reminders WHERE grain_type = $type AND grain_key = $key AND name = $name;";

    private const string ReadAllSql = "SELECT grain_type, grain_key, name, first_tick_utc_ticks, period_ticks FROM reminders;";

    private readonly string _connectionString;
    private volatile bool _initialized;

    public SqliteReminderTable(SqliteStorageOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        GroupCommitStorageOptionsValidator<SqliteStorageOptions>.ThrowIfInvalid("reminders", options);
        _connectionString = options.ConnectionString;
    }

    public Task InitializeAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        SqliteSchema.Ensure(_connectionString, SqliteSchema.RemindersTable);
        _initialized = true;
        return Task.CompletedTask;
    }

    public async Task<IReadOnlyList<ReminderEntry>> ReadAllAsync(CancellationToken cancellationToken = default)
    {
        await EnsureInitializedAsync(cancellationToken).ConfigureAwait(false);
        using var connection = SqliteSchema.Open(_connectionString);
        await using var command = connection.CreateCommand();
        command.CommandText = ReadAllSql;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        return await ReminderRows.ReadAllAsync(reader, cancellationToken).ConfigureAwait(false);
    }

    public async Task UpsertAsync(ReminderEntry entry, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entry);
        await EnsureInitializedAsync(cancellationToken).ConfigureAwait(false);
        using var connection = SqliteSchema.Open(_connectionString);
        await using var command = CreateKeyCommand(connection, UpsertSql, entry.GrainId, entry.Name);
        command.Parameters.AddWithValue("$first", entry.FirstTickAt.UtcTicks);
        command.Parameters.AddWithValue("$period", entry.Period.Ticks);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<bool> RemoveAsync(GrainId grainId, string name, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(name);
        await EnsureInitializedAsync(cancellationToken).ConfigureAwait(false);
        using var connection = SqliteSchema.Open(_connectionString);
        await using var command = CreateKeyCommand(connection, RemoveSql, grainId, name);
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) > 0;
    }

    public void Dispose() => SqliteSchema.ClearPool(_connectionString);

    private static SqliteCommand CreateKeyCommand(SqliteConnection connection, string sql, GrainId grainId, string name)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$type", grainId.Type);
        command.Parameters.AddWithValue("$key", grainId.Key);
        command.Parameters.AddWithValue("$name", name);
        return command;
    }

    private ValueTask EnsureInitializedAsync(CancellationToken cancellationToken) =>
        _initialized ? ValueTask.CompletedTask : new ValueTask(InitializeAsync(cancellationToken));
}
