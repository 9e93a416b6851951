using Microsoft.Data.Sqlite;

namespace CheckIn.Silo.Storage.Sqlite;

/// <summary>Opens the SQLite provider's connections with the settings every one of them needs.</summary>
internal static class SqliteConnections
{
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

    /// <summary>Switches the database to WAL (persistent in the file) and runs <paramref name="ddl"/>.</summary>
    public static void EnsureSchema(string connectionString, string ddl)
    {
        using var connection = Open(connectionString);
        using var command = connection.CreateCommand();
        // journal_mode cannot change inside a transaction, so it goes first, on its own.
        command.CommandText = "PRAGMA journal_mode = WAL;";
        command.ExecuteNonQuery();
        command.CommandText = ddl;
        command.ExecuteNonQuery();
    }

    /// <summary>Releases the pooled connections of <paramref name="connectionString"/> (on provider disposal).</summary>
    public static void ClearPool(string connectionString)
    {
        using var connection = new SqliteConnection(connectionString);
        SqliteConnection.ClearPool(connection);
    }
}
