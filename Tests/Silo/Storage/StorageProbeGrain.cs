namespace CheckIn.Tests.Silo.Storage;

internal sealed class StorageProbeGrain([PersistentState("x")] IPersistentState<StorageProbeState> state) : Grain, IStorageProbeGrain
{
    public async Task AddAsync(string entry)
    {
        state.State = state.State with { Entries = state.State.Entries.Add(entry) };
        await state.WriteStateAsync();
    }

    public Task<StorageProbeState> GetAsync() => Task.FromResult(state.State);
}
