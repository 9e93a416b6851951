namespace CheckIn.Runtime.Storage;

/// <summary>Settings shared by the SQL storage providers, which commit writes in groups.</summary>
public abstract class GroupCommitStorageOptions
{
    /// <summary>The default for <see cref="MaxBatchSize"/>.</summary>
    public const int DefaultMaxBatchSize = 512;

    /// <summary>The ADO.NET connection string of the database. Required.</summary>
    public string ConnectionString { get; set; } = string.Empty;

    /// <summary>The most writes and clears committed in one transaction (at least 1; 1 turns group commit off).</summary>
    public int MaxBatchSize { get; set; } = DefaultMaxBatchSize;

    /// <summary>How long the commit loop may wait for more writes before committing a batch that is not full.
    /// Zero (the default) never waits: batches form on their own while the previous commit runs.</summary>
    public TimeSpan MaxBatchDelay { get; set; } = TimeSpan.Zero;
}
