namespace CheckIn.Testing;

/// <summary>Where a <see cref="TestSilo"/> keeps grain state and reminders.</summary>
public enum TestStorage
{
    /// <summary>Orleans' memory storage: lost when the test silo restarts.</summary>
    Memory,

    /// <summary>A SQLite file (a fresh temporary one unless a connection string is given).</summary>
    Sqlite,

    /// <summary>PostgreSQL at the given connection string.</summary>
    Postgres,
}
