using Orleans.Storage;

namespace CheckIn.Silo.Storage;

/// <summary>Settings shared by the group-commit grain storage providers (SQLite and PostgreSQL).</summary>
public abstract class GroupCommitGrainStorageOptions : IStorageProviderSerializerOptions
{
    /// <summary>The default for <see cref="MaxBatchSize"/>.</summary>
    public const int DefaultMaxBatchSize = 512;

    /// <summary>The most writes and clears committed in one transaction (at least 1; 1 turns group commit off).</summary>
    public int MaxBatchSize { get; set; } = DefaultMaxBatchSize;

    /// <summary>How long the commit loop may wait for more writes before committing a batch that is not full.
    /// Zero (the default) never waits: batches form on their own while the previous commit runs.</summary>
    public TimeSpan MaxBatchDelay { get; set; } = TimeSpan.Zero;

    /// <summary>The serializer of the state payload. Left unset, the <see cref="IGrainStorageSerializer"/> registered
    /// under the provider's name is used, else the silo's default one (e.g. from
    /// <c>UseSystemTextJsonGrainStorageSerializer()</c>).</summary>
    public IGrainStorageSerializer GrainStorageSerializer { get; set; } = null!;
}
