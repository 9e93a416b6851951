using CheckIn.Runtime.Storage.GroupCommit;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

namespace CheckIn.Runtime.Storage;

/// <summary>Grain state in a SQLite file (WAL mode, synchronous = FULL): the embedded default for one process.
/// Writes and clears go through group commit; reads use their own pooled connections and never wait for it.</summary>
internal sealed class SqliteGrainStorage : IGrainStorage, IStorageInitializer, IGroupCommitBackend, IAsyncDisposable, IDisposable
{
    private const string ReadSql = """
        SELECT data, version FROM grain_state
        WHERE grain_type = $type AND grain_key = $key AND state_name = $state;
        """;

    private readonly string _connectionString;
    private readonly GroupCommitWriter _writer;
    private volatile bool _initialized;

    // Touched only by the commit loop, which runs one batch at a time.
    private SqliteWriteSession? _session;

    public SqliteGrainStorage(string name, SqliteStorageOptions options, ILogger<SqliteGrainStorage> logger, TimeProvider? timeProvider = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(logger);
        GroupCommitStorageOptionsValidator<SqliteStorageOptions>.ThrowIfInvalid(name, options);
        _connectionString = options.ConnectionString;
        _writer = new GroupCommitWriter(name, this, options.MaxBatchSize, options.MaxBatchDelay, timeProvider ?? TimeProvider.System, logger);
    }

    /// <summary>Transactions the group-commit loop has committed.</summary>
    internal long CommittedTransactions => _writer.CommittedTransactions;

    /// <summary>Transactions that failed and failed all their operations.</summary>
    internal long FailedTransactions => _writer.FailedTransactions;

    public Task InitializeAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        SqliteSchema.Ensure(_connectionString, SqliteSchema.GrainStateTable);
        _initialized = true;
        return Task.CompletedTask;
    }

    public async Task<StoredState?> ReadAsync(string stateName, GrainId grainId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stateName);
        await EnsureInitializedAsync(cancellationToken).ConfigureAwait(false);
        await using var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = ReadSql;
        command.Parameters.AddWithValue("$type", grainId.Type);
        command.Parameters.AddWithValue("$key", grainId.Key);
        command.Parameters.AddWithValue("$state", stateName);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            return null;
        }

        var data = reader.IsDBNull(0) ? null : reader.GetFieldValue<byte[]>(0);
        return new StoredState(data, EtagVersion.Format(reader.GetInt64(1)));
    }

    public Task<string> WriteAsync(string stateName, GrainId grainId, ReadOnlyMemory<byte> data, string? expectedEtag, CancellationToken cancellationToken = default)
        => _writer.WriteAsync(stateName, grainId, data, expectedEtag, cancellationToken);

    public Task<string?> ClearAsync(string stateName, GrainId grainId, string? expectedEtag, CancellationToken cancellationToken = default)
        => _writer.ClearAsync(stateName, grainId, expectedEtag, ReadAsync, cancellationToken);

    Task IGroupCommitBackend.CommitAsync(IReadOnlyList<PendingStorageOperation> batch, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (!_initialized)
        {
            SqliteSchema.Ensure(_connectionString, SqliteSchema.GrainStateTable);
            _initialized = true;
        }

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

    public async ValueTask DisposeAsync()
    {
        await _writer.DisposeAsync().ConfigureAwait(false);
        if (_writer.IsStopped)
        {
            _session?.Dispose();
            _session = null;
        }

        SqliteSchema.ClearPool(_connectionString);
    }

    public void Dispose() => DisposeAsync().AsTask().GetAwaiter().GetResult();

    private ValueTask EnsureInitializedAsync(CancellationToken cancellationToken) =>
        _initialized ? ValueTask.CompletedTask : new ValueTask(InitializeAsync(cancellationToken));
}
