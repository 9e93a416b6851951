using Microsoft.Data.Sqlite;

namespace CheckIn.Runtime.Storage;

/// <summary>Tables of the SQLite providers and the connection settings every one of their connections uses.</summary>
internal static class SqliteSchema
{
    public const string GrainStateTable = """
        CREATE TABLE IF NOT EXISTS grain_state (
            grain_type TEXT NOT NULL,
            grain_key  TEXT NOT NULL,
            state_name TEXT NOT NULL,
            data       BLOB NULL,
            version    INTEGER NOT NULL,
            PRIMARY KEY (grain_type, grain_key, state_name)
        ) WITHOUT ROWID;
        """;

    public const string RemindersTable = """
        CREATE TABLE IF NOT EXISTS reminders (
            grain_type      TEXT NOT NULL,
            grain_key       TEXT NOT NULL,
            name            TEXT NOT NULL,
            first_tick_utc_ticks INTEGER NOT NULL,
            period_ticks    INTEGER NOT NULL,
            PRIMARY KEY (grain_type, grain_key, name)
        ) WITHOUT ROWID;
        """;

    /// <summary>Opens a connection. synchronous = FULL: in WAL mode NORMAL may lose the last commits on power
    /// loss, and a write is acknowledged as durable.</summary>
    public static SqliteConnection Open(string connectionString)
    {
        var connection = new SqliteConnection(connectionString);
        try
        {
            connection.Open();
            using var pragma = connection.CreateCommand();
            pragma.CommandText = "PRAGMA synchronous = FULL;";
            pragma.ExecuteNonQuery();
            return connection;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>Switches the database to WAL (persistent in the file) and creates <paramref name="tableDdl"/> if missing.</summary>
    public static void Ensure(string connectionString, string tableDdl)
    {
        using var connection = Open(connectionString);
        using var command = connection.CreateCommand();
        // journal_mode cannot change inside a transaction, so it goes first, on its own.
        command.CommandText = "PRAGMA journal_mode = WAL;";
        command.ExecuteNonQuery();
        command.CommandText = tableDdl;
        command.ExecuteNonQuery();
    }

    /// <summary>Releases the pooled connections of <paramref name="connectionString"/> (on provider disposal).</summary>
    public static void ClearPool(string connectionString)
    {
        using var connection = new SqliteConnection(connectionString);
        SqliteConnection.ClearPool(connection);
    }
}
