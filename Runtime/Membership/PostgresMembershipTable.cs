using CheckIn.Runtime.Storage;
using Npgsql;
using NpgsqlTypes;

namespace CheckIn.Runtime.Membership;

/// <summary>The membership table in PostgreSQL. Rows change only in a transaction that also moves the cluster's
/// version row from the version the writer read to the next one with a conditional UPDATE: two writers that
/// read the same version cannot both commit, so every change is atomic and based on what its writer saw.
/// Heartbeats (and hand-off acknowledgements) touch only the writer's own row and do not move the version.</summary>
internal sealed class PostgresMembershipTable : IAsyncDisposable
{
    public const string VersionsTable = """
        CREATE TABLE IF NOT EXISTS cluster_versions (
            cluster_id text   NOT NULL PRIMARY KEY,
            version    bigint NOT NULL
        );
        """;

    public const string SilosTable = """
        CREATE TABLE IF NOT EXISTS cluster_silos (
            cluster_id    text        NOT NULL,
            address       text        NOT NULL,
            port          integer     NOT NULL,
            generation    bigint      NOT NULL,
            status        smallint    NOT NULL,
            started_at    timestamptz NOT NULL,
            i_am_alive    timestamptz NOT NULL,
            acked_version bigint      NOT NULL DEFAULT 0,
            suspect_votes text[]      NOT NULL DEFAULT '{}',
            CONSTRAINT cluster_silos_pk PRIMARY KEY (cluster_id, address, port, generation)
        );
        """;

    private const string HeartbeatSql = """
        UPDATE cluster_silos SET i_am_alive = now(), acked_version = GREATEST(acked_version, $5)
        WHERE cluster_id = $1 AND address = $2 AND port = $3 AND generation = $4
        """;

    private const string ReadVersionSql = "SELECT version, now() FROM cluster_versions WHERE cluster_id = $1";

    private const string ReadRowsSql = """
        SELECT address, port, generation, status, started_at, i_am_alive, acked_version, suspect_votes
        FROM cluster_silos WHERE cluster_id = $1
        """;

    private const string BumpVersionSql = "UPDATE cluster_versions SET version = version + 1 WHERE cluster_id = $1 AND version = $2";

    private const string UpsertSql = """
        INSERT INTO cluster_silos (cluster_id, address, port, generation, status, started_at, i_am_alive, acked_version, suspect_votes)
        VALUES ($1, $2, $3, $4, $5, now(), now(), 0, $6)
        ON CONFLICT (cluster_id, address, port, generation) DO UPDATE
        SET status = EXCLUDED.status, suspect_votes = EXCLUDED.suspect_votes
        """;

    private readonly NpgsqlDataSource _dataSource;
    private readonly string _clusterId;

    public PostgresMembershipTable(string connectionString, string clusterId)
    {
        _dataSource = PostgresSchema.CreateDataSource(connectionString);
        _clusterId = clusterId;
    }

    /// <summary>Creates the tables and the cluster's version row if missing (safe to run from many silos at once).</summary>
    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        await PostgresSchema.EnsureAsync(_dataSource, VersionsTable + SilosTable, cancellationToken).ConfigureAwait(false);
        await using var command = _dataSource.CreateCommand("INSERT INTO cluster_versions (cluster_id, version) VALUES ($1, 0) ON CONFLICT DO NOTHING");
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = _clusterId });
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Reads the table; when <paramref name="heartbeatOf"/> is given, writes that silo's heartbeat
    /// and acknowledged version first, in the same round trip.</summary>
    public async Task<MembershipSnapshot> ReadAsync(SiloAddress? heartbeatOf, long ackedVersion, CancellationToken cancellationToken)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var batch = new NpgsqlBatch(connection);
        if (heartbeatOf is not null)
        {
            var heartbeat = new NpgsqlBatchCommand(HeartbeatSql);
            AddKey(heartbeat.Parameters, heartbeatOf);
            heartbeat.Parameters.Add(new NpgsqlParameter<long> { TypedValue = ackedVersion });
            batch.BatchCommands.Add(heartbeat);
        }

        var version = new NpgsqlBatchCommand(ReadVersionSql);
        version.Parameters.Add(new NpgsqlParameter<string> { TypedValue = _clusterId });
        batch.BatchCommands.Add(version);
        var rows = new NpgsqlBatchCommand(ReadRowsSql);
        rows.Parameters.Add(new NpgsqlParameter<string> { TypedValue = _clusterId });
        batch.BatchCommands.Add(rows);

        await using var reader = await batch.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            throw new InvalidOperationException($"Cluster '{_clusterId}' has no version row; the membership table is not initialized.");
        }

        var tableVersion = reader.GetInt64(0);
        var now = new DateTimeOffset(reader.GetFieldValue<DateTime>(1), TimeSpan.Zero);
        await reader.NextResultAsync(cancellationToken).ConfigureAwait(false);
        var entries = new List<MembershipEntry>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            entries.Add(new MembershipEntry(
                new SiloAddress(reader.GetString(0), reader.GetInt32(1), reader.GetInt64(2)),
                (SiloStatus)reader.GetInt16(3),
                new DateTimeOffset(reader.GetFieldValue<DateTime>(4), TimeSpan.Zero),
                new DateTimeOffset(reader.GetFieldValue<DateTime>(5), TimeSpan.Zero),
                reader.GetInt64(6),
                reader.GetFieldValue<string[]>(7)));
        }

        return new MembershipSnapshot(tableVersion, entries, now);
    }

    /// <summary>Writes <paramref name="changes"/> (inserting new rows, updating status and votes of existing ones)
    /// if the table is still at <paramref name="expectedVersion"/>, moving it to the next version in the same
    /// transaction. False when another writer got there first: read again and decide again.</summary>
    public async Task<bool> TryWriteAsync(long expectedVersion, IReadOnlyList<MembershipEntry> changes, CancellationToken cancellationToken)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using (var bump = new NpgsqlCommand(BumpVersionSql, connection, transaction))
        {
            bump.Parameters.Add(new NpgsqlParameter<string> { TypedValue = _clusterId });
            bump.Parameters.Add(new NpgsqlParameter<long> { TypedValue = expectedVersion });
            if (await bump.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) != 1)
            {
                await transaction.RollbackAsync(cancellationToken).ConfigureAwait(false);
                return false;
            }
        }

        foreach (var change in changes)
        {
            await using var upsert = new NpgsqlCommand(UpsertSql, connection, transaction);
            AddKey(upsert.Parameters, change.Silo);
            upsert.Parameters.Add(new NpgsqlParameter<short> { TypedValue = (short)change.Status });
            upsert.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = [.. change.SuspectVotes], NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
            await upsert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return true;
    }

    public ValueTask DisposeAsync() => _dataSource.DisposeAsync();

    private void AddKey(NpgsqlParameterCollection parameters, SiloAddress silo)
    {
        parameters.Add(new NpgsqlParameter<string> { TypedValue = _clusterId });
        parameters.Add(new NpgsqlParameter<string> { TypedValue = silo.Host });
        parameters.Add(new NpgsqlParameter<int> { TypedValue = silo.Port });
        parameters.Add(new NpgsqlParameter<long> { TypedValue = silo.Generation });
    }
}
