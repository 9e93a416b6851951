namespace CheckIn.Runtime.Testing;

/// <summary>Where a <see cref="TestSilo"/> keeps grain state and reminders.</summary>
public enum TestStorage
{
    /// <summary>In memory, kept across <see cref="TestSilo.RestartAsync"/> of the same test silo.</summary>
    Memory,

    /// <summary>A SQLite file (a fresh temporary one unless a connection string is given).</summary>
    Sqlite,

    /// <summary>PostgreSQL at the given connection string.</summary>
    Postgres,
}
