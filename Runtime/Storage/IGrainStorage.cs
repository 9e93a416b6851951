namespace CheckIn.Runtime.Storage;

/// <summary>A grain state store. Every write is atomic and conditional on the ETag the caller read:
/// a mismatch fails with <see cref="InconsistentStateException"/> and changes nothing.</summary>
public interface IGrainStorage
{
    /// <summary>Reads the state <paramref name="stateName"/> of <paramref name="grainId"/>; null when it was never written.</summary>
    Task<StoredState?> ReadAsync(string stateName, GrainId grainId, CancellationToken cancellationToken = default);

    /// <summary>Writes the state if the stored ETag equals <paramref name="expectedEtag"/> (null: no row may
    /// exist yet) and returns the new ETag. Completes only after the write is durable.</summary>
    Task<string> WriteAsync(string stateName, GrainId grainId, ReadOnlyMemory<byte> data, string? expectedEtag, CancellationToken cancellationToken = default);

    /// <summary>Clears the state if the stored ETag equals <paramref name="expectedEtag"/> and returns the
    /// ETag that now stands (null when there was nothing to clear).</summary>
    Task<string?> ClearAsync(string stateName, GrainId grainId, string? expectedEtag, CancellationToken cancellationToken = default);
}
