using System.Collections.Concurrent;
using Orleans.Storage;

namespace CheckIn.Tests.CheckIn;

/// <summary>Grain storage that journals the order in which writes complete, and passes everything to the real
/// storage.</summary>
internal sealed class StorageJournal(IGrainStorage inner) : IGrainStorage
{
    private readonly ConcurrentQueue<string> _entries = new();

    /// <summary><c>wrote {state}</c> for each completed write, in the order they completed.</summary>
    public List<string> Entries => [.. _entries];

    public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
        => inner.ReadStateAsync(stateName, grainId, grainState);

    public async Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        await inner.WriteStateAsync(stateName, grainId, grainState);
        _entries.Enqueue($"wrote {stateName}");
    }

    public Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
        => inner.ClearStateAsync(stateName, grainId, grainState);
}
