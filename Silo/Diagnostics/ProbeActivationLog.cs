using System.Collections.Concurrent;
using Microsoft.Extensions.Configuration;
using Npgsql;

namespace CheckIn.Silo.Diagnostics;

/// <summary>Where probe activations record their lifetimes: in this process (for in-process test clusters,
/// where every silo shares the counters) and, when the silo stores state in PostgreSQL, in the table
/// <c>probe_activations</c>, which a test reads across processes.</summary>
public sealed class ProbeActivationLog : IAsyncDisposable
{
    private const string Schema = """
        CREATE TABLE IF NOT EXISTS probe_activations (
            grain_key     text        NOT NULL,
            activation_id uuid        NOT NULL PRIMARY KEY,
            process_id    integer     NOT NULL,
            silo          text        NOT NULL,
            started_at    timestamptz NOT NULL,
            ended_at      timestamptz NULL
        );
        """;

    private static readonly ConcurrentDictionary<string, int> s_live = new(StringComparer.Ordinal);
    private static int s_maxLive;

    private readonly NpgsqlDataSource? _dataSource;
    private readonly SemaphoreSlim _schema = new(1, 1);
    private bool _schemaReady;

    /// <summary>Reads <c>Storage:Provider</c> and <c>Storage:ConnectionString</c>.</summary>
    public ProbeActivationLog(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        if (string.Equals(configuration["Storage:Provider"], "Postgres", StringComparison.OrdinalIgnoreCase)
            && configuration["Storage:ConnectionString"] is { Length: > 0 } connectionString)
        {
            _dataSource = NpgsqlDataSource.Create(connectionString);
        }
    }

    /// <summary>The most activations of one key that were ever live at once in this process.</summary>
    public static int MaxLiveInProcess => Volatile.Read(ref s_maxLive);

    /// <summary>Records the start of an activation.</summary>
    public async Task StartedAsync(string key, ProbeActivation activation, CancellationToken cancellationToken)
    {
        var live = s_live.AddOrUpdate(key, 1, static (_, n) => n + 1);
        int max;
        do
        {
            max = Volatile.Read(ref s_maxLive);
        }
        while (live > max && Interlocked.CompareExchange(ref s_maxLive, live, max) != max);

        if (_dataSource is null)
        {
            return;
        }

        await EnsureSchemaAsync(cancellationToken).ConfigureAwait(false);
        await using var command = _dataSource.CreateCommand(
            "INSERT INTO probe_activations (grain_key, activation_id, process_id, silo, started_at) VALUES ($1, $2, $3, $4, clock_timestamp())");
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = key });
        command.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = activation.ActivationId });
        command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = activation.ProcessId });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = activation.Silo });
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Records the end of an activation.</summary>
    public async Task EndedAsync(string key, ProbeActivation activation, CancellationToken cancellationToken)
    {
        s_live.AddOrUpdate(key, 0, static (_, n) => n - 1);
        if (_dataSource is null)
        {
            return;
        }

        await using var command = _dataSource.CreateCommand("UPDATE probe_activations SET ended_at = clock_timestamp() WHERE activation_id = $1");
        command.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = activation.ActivationId });
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (_dataSource is not null)
        {
            await _dataSource.DisposeAsync().ConfigureAwait(false);
        }

        _schema.Dispose();
    }

    private async Task EnsureSchemaAsync(CancellationToken cancellationToken)
    {
        if (_schemaReady)
        {
            return;
        }

        await _schema.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (!_schemaReady)
            {
                await using var connection = await _dataSource!.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
                await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
                await using (var command = new NpgsqlCommand("SELECT pg_advisory_xact_lock(7320417); " + Schema, connection, transaction))
                {
                    await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                }

                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                _schemaReady = true;
            }
        }
        finally
        {
            _schema.Release();
        }
    }
}
