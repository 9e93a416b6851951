namespace CheckIn.Runtime.Hosting;

/// <summary>Where a silo keeps grain state and reminders by default.</summary>
public enum SiloStorageProvider
{
    /// <summary>An embedded SQLite database file: one process, nothing to install.</summary>
    Sqlite,

    /// <summary>PostgreSQL: what a cluster of silos shares.</summary>
    Postgres,

    /// <summary>Process memory: lost on exit (tests, benchmarks).</summary>
    Memory,
}
