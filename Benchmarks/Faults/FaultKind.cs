namespace CheckIn.Benchmarks.Faults;

/// <summary>The faults injected: into a booking stampede, or (<see cref="SmtpOutage"/>) into an exposure fan-out.</summary>
internal enum FaultKind
{
    /// <summary>PostgreSQL stopped as in a crash, kept down a few seconds, started again on the same port and data.</summary>
    PostgresRestart,

    /// <summary>One silo process of a cluster of three killed with kill -9 (the web front is a client of the cluster).</summary>
    SiloKill,

    /// <summary>The web front (with its co-hosted silo) killed with kill -9 and started again on the same port.</summary>
    WebFrontRestart,

    /// <summary>The SMTP server killed during an exposure fan-out, kept down, and started again on the same port.</summary>
    SmtpOutage,
}
