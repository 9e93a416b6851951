using CheckIn.Silo.Storage.GroupCommit;
using Microsoft.Data.Sqlite;

namespace CheckIn.Silo.Storage.Sqlite;

/// <summary>The group-commit loop's own SQLite connection with its two conditional statements, kept open
/// between batches so each statement is compiled once. Used by one batch at a time.</summary>
internal sealed class SqliteWriteSession : IDisposable
{
    private const string InsertSql = """
        INSERT INTO checkin_grain_state (grain_type, grain_key, state_name, data, version)
        VALUES ($type, $key, $state, $data, 1)
        ON CONFLICT DO NOTHING;
        """;

    private const string UpdateSql = """
        UPDATE checkin_grain_state SET data = $data, version = version + 1
        WHERE grain_type = $type AND grain_key = $key AND state_name = $state AND version = $version;
        """;

    private readonly SqliteConnection _connection;
    private readonly SqliteCommand _insert;
    private readonly SqliteCommand _update;

    private SqliteWriteSession(SqliteConnection connection)
    {
        _connection = connection;
        _insert = CreateCommand(connection, InsertSql, withVersion: false);
        _update = CreateCommand(connection, UpdateSql, withVersion: true);
    }

    public static SqliteWriteSession Open(string connectionString) => new(SqliteConnections.Open(connectionString));

    /// <summary>Runs the batch in one IMMEDIATE transaction (the write lock is taken up front, so the batch never
    /// fails half-way on a lock upgrade) and commits it. A row whose version does not match changes nothing and
    /// is recorded as not applied; the other rows of the batch still commit.</summary>
    public void Commit(IReadOnlyList<PendingStorageOperation> batch)
    {
        using var transaction = _connection.BeginTransaction(deferred: false);
        foreach (var operation in batch)
        {
            // A first write inserts; a write or clear with an ETag updates that exact version (clear = NULL data).
            var command = operation.ExpectedVersion is null ? _insert : _update;
            command.Transaction = transaction;
            command.Parameters[0].Value = operation.GrainType;
            command.Parameters[1].Value = operation.GrainKey;
            command.Parameters[2].Value = operation.StateName;
            command.Parameters[3].Value = operation.Kind == StorageOperationKind.Write ? operation.Data ?? [] : DBNull.Value;
            if (operation.ExpectedVersion is { } expected)
            {
                command.Parameters[4].Value = expected;
            }

            operation.SetOutcome(command.ExecuteNonQuery() == 1);
        }

        transaction.Commit();
    }

    public void Dispose()
    {
        _insert.Dispose();
        _update.Dispose();
        _connection.Dispose();
    }

    private static SqliteCommand CreateCommand(SqliteConnection connection, string sql, bool withVersion)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.Add("$type", SqliteType.Text);
        command.Parameters.Add("$key", SqliteType.Text);
        command.Parameters.Add("$state", SqliteType.Text);
        command.Parameters.Add("$data", SqliteType.Blob);
        if (withVersion)
        {
            command.Parameters.Add("$version", SqliteType.Integer);
        }

        return command;
    }
}
