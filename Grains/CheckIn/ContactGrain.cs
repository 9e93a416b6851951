using CheckIn.Grains.Interfaces.CheckIn;
using CheckIn.Runtime;

namespace CheckIn.Grains.CheckIn;

/// <summary>The contact store: holds the sealed address and has no key to open it.</summary>
internal sealed class ContactGrain([PersistentState("contact")] IPersistentState<ContactState> state)
    : Grain, IContactGrain
{
    public async Task Store(byte[] sealedAddress)
    {
        ArgumentNullException.ThrowIfNull(sealedAddress);
        state.State.SealedAddress = sealedAddress;
        state.State.StoredAt = TimeProvider.GetUtcNow();
        await state.WriteStateAsync();
    }

    public Task<byte[]?> GetSealed() => Task.FromResult(state.State.SealedAddress);

    public async Task Delete()
    {
        if (state.RecordExists)
        {
            await state.ClearStateAsync();
        }

        DeactivateOnIdle();
    }
}
