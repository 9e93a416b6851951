namespace CheckIn.Silo.Hosting;

/// <summary>The process's PostgreSQL budget (section <c>Postgres</c>). Every PostgreSQL use of the process (grain
/// state, reminders, membership) shares one pool of at most <see cref="MaxPoolSize"/> connections, and work waits
/// for a free connection instead of failing: a stock server (<c>max_connections = 100</c>) then serves a small
/// cluster's silos and web fronts together.</summary>
public sealed class PostgresSettings
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Postgres";

    /// <summary>Connections this process may open at most.</summary>
    public int MaxPoolSize { get; set; } = 20;

    /// <summary>How long work waits for a free connection before it fails.</summary>
    public TimeSpan ConnectionWait { get; set; } = TimeSpan.FromSeconds(30);
}
