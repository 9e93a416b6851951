using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans.Configuration;

namespace CheckIn.Silo.Reminders;

/// <summary>
/// Orleans' reminder table in a SQLite file (table <c>orleans_reminders</c>), scoped by the cluster's ServiceId.
/// Reminder changes are rare, so each is its own durable statement; the ETag is a fresh random value per write, so
/// an ETag read before a remove-and-register never matches the new row.
/// </summary>
internal sealed partial class SqliteReminderTable : IReminderTable
{
    private const string CreateTableSql = """
        CREATE TABLE IF NOT EXISTS orleans_reminders (
            service_id TEXT NOT NULL,
            grain_id TEXT NOT NULL,
            name TEXT NOT NULL,
            grain_hash INTEGER NOT NULL,
            start_utc_ticks INTEGER NOT NULL,
            period_ticks INTEGER NOT NULL,
            etag TEXT NOT NULL,
            PRIMARY KEY (service_id, grain_id, name)
        ) WITHOUT ROWID;
        CREATE INDEX IF NOT EXISTS ix_orleans_reminders_hash ON orleans_reminders (service_id, grain_hash);
        """;

    private const string Columns = "grain_id, name, start_utc_ticks, period_ticks, etag";

    private const string UpsertSql = """
        INSERT INTO orleans_reminders (service_id, grain_id, name, grain_hash, start_utc_ticks, period_ticks, etag)
        VALUES ($service, $grain, $name, $hash, $start, $period, $etag)
        ON CONFLICT (service_id, grain_id, name) DO UPDATE
        SET grain_hash = excluded.grain_hash, start_utc_ticks = excluded.start_utc_ticks,
            period_ticks = excluded.period_ticks, etag = excluded.etag;
        """;

    private const string ReadGrainSql = $"SELECT {Columns} FROM orleans_reminders WHERE service_id = $service AND grain_id = $grain;";

    private const string ReadRowSql = $"SELECT {Columns} FROM orleans_reminders WHERE service_id = $service AND grain_id = $grain AND name = $name;";

    // The ring range (begin, end]; when begin >= end it wraps past uint.MaxValue (begin == end is the whole ring).
    private const string ReadRangeSql = $"SELECT {Columns} FROM orleans_reminders WHERE service_id = $service AND grain_hash > $begin AND grain_hash <= $end;";

    private const string ReadWrappedRangeSql = $"SELECT {Columns} FROM orleans_reminders WHERE service_id = $service AND (grain_hash > $begin OR grain_hash <= $end);";

    private const string RemoveSql = "DELETE FROM orleans_reminders WHERE service_id = $service AND grain_id = $grain AND name = $name AND etag = $etag;";

    private const string ClearSql = "DELETE FROM orleans_reminders WHERE service_id = $service;";

    private readonly string _connectionString;
    private readonly string _serviceId;
    private readonly ILogger<SqliteReminderTable> _logger;

    // SQLite admits one writer per file: writers of this process queue here instead of spinning on SQLITE_BUSY;
    // other processes are covered by the busy timeout.
    private readonly SemaphoreSlim _writeGate = new(1, 1);

    public SqliteReminderTable(IOptions<SqliteReminderTableOptions> options, IOptions<ClusterOptions> clusterOptions, ILogger<SqliteReminderTable> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(clusterOptions);
        ArgumentNullException.ThrowIfNull(logger);
        var builder = new SqliteConnectionStringBuilder(options.Value.ConnectionString)
        {
            Mode = SqliteOpenMode.ReadWriteCreate,
            DefaultTimeout = (int)Math.Ceiling(options.Value.BusyTimeout.TotalSeconds),
        };
        _connectionString = builder.ToString();
        _serviceId = clusterOptions.Value.ServiceId;
        _logger = logger;
    }

    public async Task StartAsync(CancellationToken cancellationToken = default)
    {
        var path = new SqliteConnectionStringBuilder(_connectionString).DataSource;
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }

        await _writeGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
            await using var command = connection.CreateCommand();

            // WAL lets readers proceed during a write and is a property of the file, so setting it once per start is enough.
            command.CommandText = "PRAGMA journal_mode = WAL;" + CreateTableSql;
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _writeGate.Release();
        }

        LogStarted(path, _serviceId);
    }

    public Task StopAsync(CancellationToken cancellationToken = default)
    {
        // Pooled connections keep the file open; release them so the file can be moved or deleted after shutdown.
        using var connection = new SqliteConnection(_connectionString);
        SqliteConnection.ClearPool(connection);
        return Task.CompletedTask;
    }

    public Task<ReminderTableData> ReadRows(GrainId grainId) => ReadRows(grainId, CancellationToken.None);

    public async Task<ReminderTableData> ReadRows(GrainId grainId, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = CreateCommand(connection, ReadGrainSql);
        command.Parameters.AddWithValue("$grain", grainId.ToString());
        return new ReminderTableData(await ReadEntriesAsync(command, cancellationToken).ConfigureAwait(false));
    }

    public Task<ReminderTableData> ReadRows(uint begin, uint end) => ReadRows(begin, end, CancellationToken.None);

    public async Task<ReminderTableData> ReadRows(uint begin, uint end, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = CreateCommand(connection, begin < end ? ReadRangeSql : ReadWrappedRangeSql);

        // Hashes are stored as unsigned values in a 64-bit INTEGER, so SQLite's comparisons follow the ring order.
        command.Parameters.AddWithValue("$begin", (long)begin);
        command.Parameters.AddWithValue("$end", (long)end);
        return new ReminderTableData(await ReadEntriesAsync(command, cancellationToken).ConfigureAwait(false));
    }

    public Task<ReminderEntry?> ReadRow(GrainId grainId, string reminderName) => ReadRow(grainId, reminderName, CancellationToken.None);

    public async Task<ReminderEntry?> ReadRow(GrainId grainId, string reminderName, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reminderName);
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = CreateCommand(connection, ReadRowSql);
        command.Parameters.AddWithValue("$grain", grainId.ToString());
        command.Parameters.AddWithValue("$name", reminderName);
        var entries = await ReadEntriesAsync(command, cancellationToken).ConfigureAwait(false);
        return entries.Count == 0 ? null : entries[0];
    }

    public Task<string?> UpsertRow(ReminderEntry entry) => UpsertRow(entry, CancellationToken.None);

    public async Task<string?> UpsertRow(ReminderEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var etag = Guid.NewGuid().ToString("N");
        await WriteAsync(UpsertSql, command =>
        {
            command.Parameters.AddWithValue("$grain", entry.GrainId.ToString());
            command.Parameters.AddWithValue("$name", entry.ReminderName);
            command.Parameters.AddWithValue("$hash", (long)entry.GrainId.GetUniformHashCode());
            command.Parameters.AddWithValue("$start", ToUtcTicks(entry.StartAt));
            command.Parameters.AddWithValue("$period", entry.Period.Ticks);
            command.Parameters.AddWithValue("$etag", etag);
        }, cancellationToken).ConfigureAwait(false);
        entry.ETag = etag;
        return etag;
    }

    public Task<bool> RemoveRow(GrainId grainId, string reminderName, string eTag) =>
        RemoveRow(grainId, reminderName, eTag, CancellationToken.None);

    public async Task<bool> RemoveRow(GrainId grainId, string reminderName, string eTag, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reminderName);
        ArgumentNullException.ThrowIfNull(eTag);
        var removed = await WriteAsync(RemoveSql, command =>
        {
            command.Parameters.AddWithValue("$grain", grainId.ToString());
            command.Parameters.AddWithValue("$name", reminderName);
            command.Parameters.AddWithValue("$etag", eTag);
        }, cancellationToken).ConfigureAwait(false) > 0;
        if (!removed)
        {
            LogRemoveRejected(grainId, reminderName, eTag);
        }

        return removed;
    }

    public Task TestOnlyClearTable() => TestOnlyClearTable(CancellationToken.None);

    public Task TestOnlyClearTable(CancellationToken cancellationToken) => WriteAsync(ClearSql, _ => { }, cancellationToken);

    // Orleans hands over StartAt with any DateTimeKind; an unspecified one is taken as UTC, as Orleans' own tables do.
    private static long ToUtcTicks(DateTime value) => value.Kind switch
    {
        DateTimeKind.Local => value.ToUniversalTime().Ticks,
        _ => value.Ticks,
    };

    private static async Task<List<ReminderEntry>> ReadEntriesAsync(SqliteCommand command, CancellationToken cancellationToken)
    {
        var entries = new List<ReminderEntry>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            entries.Add(new ReminderEntry
            {
                GrainId = GrainId.Parse(reader.GetString(0), CultureInfo.InvariantCulture),
                ReminderName = reader.GetString(1),
                StartAt = new DateTime(reader.GetInt64(2), DateTimeKind.Utc),
                Period = TimeSpan.FromTicks(reader.GetInt64(3)),
                ETag = reader.GetString(4),
            });
        }

        return entries;
    }

    private async Task<int> WriteAsync(string sql, Action<SqliteCommand> bind, CancellationToken cancellationToken)
    {
        await _writeGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
            await using var command = CreateCommand(connection, sql);
            bind(command);
            return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _writeGate.Release();
        }
    }

    private SqliteCommand CreateCommand(SqliteConnection connection, string sql)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$service", _serviceId);
        return command;
    }

    private async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }
}
