using System.Runtime.ExceptionServices;
using CheckIn.Silo.Storage.GroupCommit;
using Microsoft.Extensions.Logging;
using Npgsql;
using Orleans.Serialization.Serializers;

namespace CheckIn.Silo.Storage.Postgres;

/// <summary>Grain state in PostgreSQL with group commit: the writes that arrive together go to the server as one
/// batch in one transaction, each row checked against the version its caller read.</summary>
/// <remarks>
/// Connections come from the host's <see cref="NpgsqlDataSource"/>: when its pool is exhausted, work waits for a
/// connection there; a wait that times out is a transient error and is retried like the others below.
/// Retries (up to <see cref="PostgresGrainStorageOptions.MaxAttempts"/>) happen only where the first attempt cannot
/// have committed: an error while getting a connection (nothing was sent), or an ERROR-severity transient
/// <see cref="PostgresException"/> from the batch (the server rolled the implicit transaction back and the session
/// survived). A connection lost after the batch was sent leaves the outcome unknown: a blind retry would find its
/// own first attempt's versions and report ETag conflicts for writes that did commit, so the batch fails instead
/// and its grains re-read their state.
/// </remarks>
internal sealed partial class PostgresGrainStorage : GroupCommitGrainStorage
{
    /// <summary>Advisory lock key that serializes schema creation across silos ("CheckIn" in ASCII):
    /// concurrent <c>CREATE TABLE IF NOT EXISTS</c> can fail with a duplicate catalog entry.</summary>
    private const long SchemaLockKey = 0x436865636B496E;

    // The reads of a batch, by their position in it; rows never written are not returned.
    private const string ReadSql = """
        SELECT v.i, g.data, g.version
        FROM unnest($1::text[], $2::text[], $3::text[]) WITH ORDINALITY AS v(t, k, s, i)
        JOIN checkin_grain_state AS g ON g.grain_type = v.t AND g.grain_key = v.k AND g.state_name = v.s
        """;

    private readonly NpgsqlDataSource _dataSource;
    private readonly bool _ownsDataSource;
    private readonly int _maxAttempts;
    private readonly TimeSpan _retryDelay;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger _logger;
    private readonly KeyValuePair<string, object?> _providerTag;
    private readonly PostgresReadBatcher _reads;

    public PostgresGrainStorage(string name, PostgresGrainStorageOptions options, IActivatorProvider activatorProvider, ILogger<PostgresGrainStorage> logger, TimeProvider? timeProvider = null)
        : base(name, Validated(name, options), activatorProvider, logger, timeProvider)
    {
        _ownsDataSource = options.DataSource is null;
        _dataSource = options.DataSource ?? CreateDataSource(options.ConnectionString!);
        _maxAttempts = options.MaxAttempts;
        _retryDelay = options.RetryDelay;
        _timeProvider = timeProvider ?? TimeProvider.System;
        _logger = logger;
        _providerTag = new KeyValuePair<string, object?>("storage.provider", name);
        _reads = new PostgresReadBatcher(ReadBatchAsync, name);
    }

    /// <summary>Read queries sent so far (tests assert that concurrent reads share queries).</summary>
    internal long ReadQueries => _reads.Queries;

    protected override Task CreateSchemaAsync(CancellationToken cancellationToken) =>
        WithRetriesAsync(
            async ct =>
            {
                await using var connection = await _dataSource.OpenConnectionAsync(ct).ConfigureAwait(false);
                await using var transaction = await connection.BeginTransactionAsync(ct).ConfigureAwait(false);
                await using (var command = new NpgsqlCommand($"SELECT pg_advisory_xact_lock({SchemaLockKey});\n{SqlScripts.PostgresGrainState}", connection, transaction))
                {
                    await command.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
                }

                await transaction.CommitAsync(ct).ConfigureAwait(false);
                return true;
            },
            // The DDL is idempotent, so any transient failure may be tried again.
            static ex => ex.IsTransient,
            cancellationToken);

    protected override Task<StoredRow?> ReadRowAsync(string stateName, GrainId grainId, CancellationToken cancellationToken) =>
        _reads.ReadAsync(grainId.Type.ToString()!, grainId.Key.ToString()!, stateName).WaitAsync(cancellationToken);

    private Task ReadBatchAsync(IReadOnlyList<PostgresReadBatcher.PendingRead> batch) =>
        WithRetriesAsync(
            async ct =>
            {
                await using var command = _dataSource.CreateCommand(ReadSql);
                command.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = [.. batch.Select(static r => r.GrainType)] });
                command.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = [.. batch.Select(static r => r.GrainKey)] });
                command.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = [.. batch.Select(static r => r.StateName)] });
                await using var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
                while (await reader.ReadAsync(ct).ConfigureAwait(false))
                {
                    var data = await reader.IsDBNullAsync(1, ct).ConfigureAwait(false) ? null : reader.GetFieldValue<byte[]>(1);
                    batch[(int)reader.GetInt64(0) - 1].TryComplete(new StoredRow(data, reader.GetInt64(2)));
                }

                return true;
            },
            // A read changes nothing: any transient failure may be tried again.
            static ex => ex.IsTransient,
            CancellationToken.None);

    protected override Task CommitBatchAsync(IReadOnlyList<PendingStorageOperation> batch, CancellationToken cancellationToken) =>
        WithRetriesAsync(
            async ct =>
            {
                NpgsqlConnection connection;
                try
                {
                    connection = await _dataSource.OpenConnectionAsync(ct).ConfigureAwait(false);
                }
                catch (NpgsqlException ex)
                {
                    throw new NothingSentException(ex);
                }

                await using (connection.ConfigureAwait(false))
                {
                    // No explicit transaction: a batch is sent with one Sync, so PostgreSQL runs it as one implicit
                    // transaction (any error rolls all of it back) and the commit costs no extra round trip.
                    await PostgresBatchStatements.ExecuteAsync(connection, batch, ct).ConfigureAwait(false);
                }

                return true;
            },
            IsSafeToRetryBatch,
            cancellationToken);

    protected override async ValueTask DisposeCoreAsync()
    {
        if (_ownsDataSource)
        {
            await _dataSource.DisposeAsync().ConfigureAwait(false);
        }
    }

    /// <summary>True when <paramref name="error"/> proves the batch did not commit and a new attempt may succeed.</summary>
    internal static bool IsSafeToRetryBatch(NpgsqlException error) => error switch
    {
        // An ERROR (not FATAL/PANIC) ends the transaction with a rollback and leaves the session up, and no ERROR
        // can follow a successful commit: e.g. serialization failure, deadlock, lock not available.
        PostgresException postgres => postgres.IsTransient && postgres.InvariantSeverity == "ERROR",
        _ => false,
    };

    private async Task<TResult> WithRetriesAsync<TResult>(Func<CancellationToken, Task<TResult>> attempt, Func<NpgsqlException, bool> isSafeToRetry, CancellationToken cancellationToken)
    {
        for (var attemptNumber = 1; ; attemptNumber++)
        {
            try
            {
                return await attempt(cancellationToken).ConfigureAwait(false);
            }
            catch (NothingSentException ex) when (ex.Error.IsTransient && attemptNumber < _maxAttempts)
            {
                await BeforeRetryAsync(ex.Error, attemptNumber, cancellationToken).ConfigureAwait(false);
            }
            catch (NothingSentException ex)
            {
                ExceptionDispatchInfo.Throw(ex.Error);
            }
            catch (NpgsqlException ex) when (attemptNumber < _maxAttempts && isSafeToRetry(ex))
            {
                await BeforeRetryAsync(ex, attemptNumber, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private async Task BeforeRetryAsync(NpgsqlException error, int attemptNumber, CancellationToken cancellationToken)
    {
        var delay = _retryDelay * Math.Pow(2, attemptNumber - 1);
        LogRetrying(_logger, error, Name, attemptNumber, _maxAttempts, delay);
        if (StorageMetrics.RetriedBatches.Enabled)
        {
            StorageMetrics.RetriedBatches.Add(1, _providerTag);
        }

        await Task.Delay(delay, _timeProvider, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>A data source for a provider given only a connection string: statements it repeats are prepared
    /// automatically unless the connection string says otherwise.</summary>
    private static NpgsqlDataSource CreateDataSource(string connectionString)
    {
        var builder = new NpgsqlDataSourceBuilder(connectionString);
        if (builder.ConnectionStringBuilder.MaxAutoPrepare == 0)
        {
            builder.ConnectionStringBuilder.MaxAutoPrepare = 16;
        }

        return builder.Build();
    }

    private static PostgresGrainStorageOptions Validated(string name, PostgresGrainStorageOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        GroupCommitGrainStorageOptionsValidator<PostgresGrainStorageOptions>.ThrowIfInvalid(name, options);
        return options;
    }
}
