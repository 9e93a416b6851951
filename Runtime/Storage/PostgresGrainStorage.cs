using CheckIn.Runtime.Storage.GroupCommit;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace CheckIn.Runtime.Storage;

/// <summary>Grain state in PostgreSQL, for clusters. Writes and clears go through group commit: one
/// <see cref="NpgsqlBatch"/> per batch, which PostgreSQL runs as one implicit transaction in one round trip.
/// Reads use pooled connections and never wait for the batcher.</summary>
internal sealed class PostgresGrainStorage : IGrainStorage, IStorageInitializer, IGroupCommitBackend, IAsyncDisposable, IDisposable
{
    private const string ReadSql = """
        SELECT data, version FROM grain_state
        WHERE grain_type = $1 AND grain_key = $2 AND state_name = $3
        """;

    private readonly NpgsqlDataSource _dataSource;
    private readonly GroupCommitWriter _writer;
    private volatile bool _initialized;

    public PostgresGrainStorage(string name, PostgresStorageOptions options, ILogger<PostgresGrainStorage> logger, TimeProvider? timeProvider = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(logger);
        GroupCommitStorageOptionsValidator<PostgresStorageOptions>.ThrowIfInvalid(name, options);
        _dataSource = PostgresSchema.CreateDataSource(options.ConnectionString);
        _writer = new GroupCommitWriter(name, this, options.MaxBatchSize, options.MaxBatchDelay, timeProvider ?? TimeProvider.System, logger);
    }

    /// <summary>Transactions the group-commit loop has committed.</summary>
    internal long CommittedTransactions => _writer.CommittedTransactions;

    /// <summary>Transactions that failed and failed all their operations.</summary>
    internal long FailedTransactions => _writer.FailedTransactions;

    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        await PostgresSchema.EnsureAsync(_dataSource, PostgresSchema.GrainStateTable, cancellationToken).ConfigureAwait(false);
        _initialized = true;
    }

    public async Task<StoredState?> ReadAsync(string stateName, GrainId grainId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stateName);
        await EnsureInitializedAsync(cancellationToken).ConfigureAwait(false);
        await using var command = _dataSource.CreateCommand(ReadSql);
        AddKey(command.Parameters, stateName, grainId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            return null;
        }

        var data = await reader.IsDBNullAsync(0, cancellationToken).ConfigureAwait(false) ? null : reader.GetFieldValue<byte[]>(0);
        return new StoredState(data, EtagVersion.Format(reader.GetInt64(1)));
    }

    public Task<string> WriteAsync(string stateName, GrainId grainId, ReadOnlyMemory<byte> data, string? expectedEtag, CancellationToken cancellationToken = default)
        => _writer.WriteAsync(stateName, grainId, data, expectedEtag, cancellationToken);

    public Task<string?> ClearAsync(string stateName, GrainId grainId, string? expectedEtag, CancellationToken cancellationToken = default)
        => _writer.ClearAsync(stateName, grainId, expectedEtag, ReadAsync, cancellationToken);

    async Task IGroupCommitBackend.CommitAsync(IReadOnlyList<PendingStorageOperation> batch, CancellationToken cancellationToken)
    {
        await EnsureInitializedAsync(cancellationToken).ConfigureAwait(false);
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);

        // No explicit transaction: a batch is sent with one Sync, so PostgreSQL runs it as one implicit
        // transaction (any error rolls all of it back) and the commit costs no extra round trip.
        await PostgresBatchStatements.ExecuteAsync(connection, batch, cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        await _writer.DisposeAsync().ConfigureAwait(false);
        await _dataSource.DisposeAsync().ConfigureAwait(false);
    }

    public void Dispose() => DisposeAsync().AsTask().GetAwaiter().GetResult();

    private static void AddKey(NpgsqlParameterCollection parameters, string stateName, GrainId grainId)
    {
        parameters.Add(new NpgsqlParameter<string> { TypedValue = grainId.Type });
        parameters.Add(new NpgsqlParameter<string> { TypedValue = grainId.Key });
        parameters.Add(new NpgsqlParameter<string> { TypedValue = stateName });
    }

    private ValueTask EnsureInitializedAsync(CancellationToken cancellationToken) =>
        _initialized ? ValueTask.CompletedTask : new ValueTask(InitializeAsync(cancellationToken));
}
