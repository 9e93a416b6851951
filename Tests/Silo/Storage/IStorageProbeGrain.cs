namespace CheckIn.Tests.Silo.Storage;

/// <summary>A test grain that keeps a <see cref="StorageProbeState"/> in the "Default" grain storage.</summary>
[Alias("CheckIn.Tests.Silo.Storage.IStorageProbeGrain")]
public interface IStorageProbeGrain : IGrainWithStringKey
{
    /// <summary>Appends <paramref name="entry"/> and writes the state.</summary>
    Task AddAsync(string entry);

    /// <summary>The state as the grain holds it.</summary>
    Task<StorageProbeState> GetAsync();
}
