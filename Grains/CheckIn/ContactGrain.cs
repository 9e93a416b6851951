using CheckIn.Grains.Interfaces.CheckIn;

namespace CheckIn.Grains.CheckIn;

/// <summary>The contact store: holds the sealed address and has no key to open it. It answers from what is stored: a
/// failed write deactivates it, so the next call reloads the stored address instead of the one that was not stored.</summary>
internal sealed class ContactGrain([PersistentState("contact")] IPersistentState<ContactState> state, TimeProvider timeProvider)
    : Grain, IContactGrain
{
    public async Task Store(byte[] sealedAddress)
    {
        ArgumentNullException.ThrowIfNull(sealedAddress);
        state.State.SealedAddress = sealedAddress;
        state.State.StoredAt = timeProvider.GetUtcNow();
        try
        {
            await state.WriteStateAsync();
        }
        catch
        {
            // Memory is now ahead of (or beside) what is stored.
            DeactivateOnIdle();
            throw;
        }
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
