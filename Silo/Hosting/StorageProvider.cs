namespace CheckIn.Silo.Hosting;

/// <summary>Where grain state and reminders live.</summary>
public enum StorageProvider
{
    /// <summary>An embedded SQLite file: no server (the default of a single process).</summary>
    Sqlite,

    /// <summary>PostgreSQL with group commit (clusters).</summary>
    Postgres,

    /// <summary>Process memory: lost on exit (tests, benchmarks).</summary>
    Memory,
}
