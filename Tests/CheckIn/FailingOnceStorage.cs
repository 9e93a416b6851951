using Orleans.Storage;

namespace CheckIn.Tests.CheckIn;

/// <summary>Grain storage that fails the first write matching <paramref name="fails"/>, as a database error or a crash
/// in the middle of a fan-out would, and passes everything else to the real storage.</summary>
internal sealed class FailingOnceStorage(IGrainStorage inner, Func<string, GrainId, bool> fails) : IGrainStorage
{
    private int _failed;

    public bool HasFailed => Volatile.Read(ref _failed) == 1;

    public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
        => inner.ReadStateAsync(stateName, grainId, grainState);

    public Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
        => fails(stateName, grainId) && Interlocked.Exchange(ref _failed, 1) == 0
            ? Task.FromException(new IOException($"Injected failure writing {stateName} of {grainId}."))
            : inner.WriteStateAsync(stateName, grainId, grainState);

    public Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
        => inner.ClearStateAsync(stateName, grainId, grainState);
}
