using CheckIn.Runtime;

namespace CheckIn.Tests.Runtime.Grains;

/// <summary>Holds a <see cref="VersionedState"/>.</summary>
public sealed class VersionedStateGrain([PersistentState("versioned")] IPersistentState<VersionedState> state) : Grain, IVersionedStateGrain
{
    public Task<VersionedState> Read() => Task.FromResult(state.State);

    public async Task Write(int value)
    {
        state.State = state.State with { Value = value };
        await state.WriteStateAsync();
    }
}
