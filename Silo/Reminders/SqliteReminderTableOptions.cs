namespace CheckIn.Silo.Reminders;

/// <summary>Options of the SQLite reminder table (<see cref="SqliteReminderSiloBuilderExtensions.UseCheckInSqliteReminders"/>).</summary>
public sealed class SqliteReminderTableOptions
{
    /// <summary>
    /// A Microsoft.Data.Sqlite connection string naming a file, e.g. <c>Data Source=checkin.db</c>. The file may be the one
    /// that holds the grain state: the reminders live in their own table.
    /// </summary>
    public string ConnectionString { get; set; } = "Data Source=checkin.db";

    /// <summary>
    /// How long a statement waits for another process's write lock before it fails (SQLite allows one writer per file).
    /// </summary>
    public TimeSpan BusyTimeout { get; set; } = TimeSpan.FromSeconds(30);
}
