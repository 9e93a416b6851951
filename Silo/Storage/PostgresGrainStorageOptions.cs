using Npgsql;

namespace CheckIn.Silo.Storage;

/// <summary>Options of the PostgreSQL grain storage (for clusters). Set <see cref="DataSource"/> or
/// <see cref="ConnectionString"/>.</summary>
public sealed class PostgresGrainStorageOptions : GroupCommitGrainStorageOptions
{
    /// <summary>The default for <see cref="MaxAttempts"/>.</summary>
    public const int DefaultMaxAttempts = 3;

    /// <summary>The data source connections are taken from; the host owns it (and disposes it). Share one bounded
    /// data source (its <c>Max Pool Size</c> below the server's <c>max_connections</c>) for every PostgreSQL use
    /// of the process: work then waits in its pool for a connection instead of failing with "too many clients".
    /// The provider holds at most five connections at a time: one for the group-commit loop and up to four for
    /// batched reads (<c>PostgresReadBatcher.MaxQueriesInFlight</c>).</summary>
    public NpgsqlDataSource? DataSource { get; set; }

    /// <summary>An Npgsql connection string, used only when <see cref="DataSource"/> is not set: the provider builds
    /// (and disposes) its own data source from it.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>How many times a read or a batch is tried when PostgreSQL reports a transient error that left
    /// nothing committed (at least 1; 1 never retries).</summary>
    public int MaxAttempts { get; set; } = DefaultMaxAttempts;

    /// <summary>The pause before the first retry; it doubles with every further one.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromMilliseconds(100);
}
