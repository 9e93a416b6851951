using Orleans.Storage;

namespace CheckIn.Tests.Booking;

/// <summary>Wraps a grain storage and fails the writes a test picks: before storing (nothing stored) or
/// after storing (stored, but the caller sees a failure, as when a commit's acknowledgement is lost).</summary>
public sealed class FaultyGrainStorage(IGrainStorage inner) : IGrainStorage
{
    private volatile Func<string, GrainId, WriteFault>? _rule;

    public void FailWrites(Func<string, GrainId, WriteFault> rule) => _rule = rule;

    public void Heal() => _rule = null;

    public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
        => inner.ReadStateAsync(stateName, grainId, grainState);

    public async Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        var fault = _rule?.Invoke(stateName, grainId) ?? WriteFault.None;
        if (fault == WriteFault.BeforeStoring)
        {
            throw new IOException($"Injected failure before storing {grainId}.");
        }

        await inner.WriteStateAsync(stateName, grainId, grainState);
        if (fault == WriteFault.AfterStoring)
        {
            throw new IOException($"Injected failure after storing {grainId}.");
        }
    }

    public Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
        => inner.ClearStateAsync(stateName, grainId, grainState);
}
