using Npgsql;

namespace CheckIn.Runtime.Storage;

/// <summary>Tables of the PostgreSQL providers, created under an advisory lock so that silos starting together
/// do not race on <c>CREATE TABLE IF NOT EXISTS</c> (which can fail with a duplicate catalog entry).</summary>
internal static class PostgresSchema
{
    /// <summary>Advisory lock key that serializes schema creation across processes ("CheckIn" in ASCII).</summary>
    public const long SchemaLockKey = 0x436865636B496E;

    public const string GrainStateTable = """
        CREATE TABLE IF NOT EXISTS grain_state (
            grain_type text   NOT NULL,
            grain_key  text   NOT NULL,
            state_name text   NOT NULL,
            data       bytea  NULL,
            version    bigint NOT NULL,
            CONSTRAINT grain_state_pk PRIMARY KEY (grain_type, grain_key, state_name)
        );
        """;

    public const string RemindersTable = """
        CREATE TABLE IF NOT EXISTS reminders (
            grain_type           text   NOT NULL,
            grain_key            text   NOT NULL,
            name                 text   NOT NULL,
            first_tick_utc_ticks bigint NOT NULL,
            period_ticks         bigint NOT NULL,
            CONSTRAINT reminders_pk PRIMARY KEY (grain_type, grain_key, name)
        );
        """;

    /// <summary>Creates <paramref name="tableDdl"/> if missing, in a transaction holding the schema lock.</summary>
    public static async Task EnsureAsync(NpgsqlDataSource dataSource, string tableDdl, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using (var command = new NpgsqlCommand($"SELECT pg_advisory_xact_lock({SchemaLockKey}); {tableDdl}", connection, transaction))
        {
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>A data source for the providers: statements they repeat are prepared automatically unless the
    /// connection string says otherwise.</summary>
    public static NpgsqlDataSource CreateDataSource(string connectionString)
    {
        var builder = new NpgsqlDataSourceBuilder(connectionString);
        if (builder.ConnectionStringBuilder.MaxAutoPrepare == 0)
        {
            builder.ConnectionStringBuilder.MaxAutoPrepare = 16;
        }

        return builder.Build();
    }
}
