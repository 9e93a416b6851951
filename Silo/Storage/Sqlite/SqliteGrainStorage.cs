using CheckIn.Silo.Storage.GroupCommit;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using Orleans.Serialization.Serializers;

namespace CheckIn.Silo.Storage.Sqlite;

/// <summary>Grain state in a SQLite file (WAL mode, synchronous = FULL): the embedded default for one process.
/// Writes and clears go through group commit; reads use their own pooled connections and never wait for it.</summary>
internal sealed class SqliteGrainStorage : GroupCommitGrainStorage
{
    private const string ReadSql = """
        SELECT data, version FROM checkin_grain_state
        WHERE grain_type = $type AND grain_key = $key AND state_name = $state;
        """;

    private readonly string _connectionString;

    // Touched only by the commit loop, which runs one batch at a time.
    private SqliteWriteSession? _session;

    public SqliteGrainStorage(string name, SqliteGrainStorageOptions options, IActivatorProvider activatorProvider, ILogger<SqliteGrainStorage> logger, TimeProvider? timeProvider = null)
        : base(name, Validated(name, options), activatorProvider, logger, timeProvider)
    {
        _connectionString = options.ConnectionString;
    }

    protected override Task CreateSchemaAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        SqliteConnections.EnsureSchema(_connectionString, SqlScripts.SqliteGrainState);
        return Task.CompletedTask;
    }

    protected override async Task<StoredRow?> ReadRowAsync(string stateName, GrainId grainId, CancellationToken cancellationToken)
    {
        await using var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = ReadSql;
        command.Parameters.AddWithValue("$type", grainId.Type.ToString());
        command.Parameters.AddWithValue("$key", grainId.Key.ToString());
        command.Parameters.AddWithValue("$state", stateName);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            return null;
        }

        var data = reader.IsDBNull(0) ? null : reader.GetFieldValue<byte[]>(0);
        return new StoredRow(data, reader.GetInt64(1));
    }

    protected override Task CommitBatchAsync(IReadOnlyList<PendingStorageOperation> batch, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        _session ??= SqliteWriteSession.Open(_connectionString);
        try
        {
            _session.Commit(batch);
        }
        catch
        {
            // The transaction was rolled back; start the next batch on a fresh connection in case this one is broken.
            _session.Dispose();
            _session = null;
            throw;
        }

        return Task.CompletedTask;
    }

    protected override ValueTask DisposeCoreAsync()
    {
        // An abandoned loop may still use the session; leave it to the finalizer rather than pull it away.
        if (IsStopped)
        {
            _session?.Dispose();
            _session = null;
        }

        SqliteConnections.ClearPool(_connectionString);
        return ValueTask.CompletedTask;
    }

    private static SqliteGrainStorageOptions Validated(string name, SqliteGrainStorageOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        GroupCommitGrainStorageOptionsValidator<SqliteGrainStorageOptions>.ThrowIfInvalid(name, options);
        return options;
    }
}
