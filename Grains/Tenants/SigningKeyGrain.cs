using System.Security.Cryptography;
using CheckIn.Grains.Interfaces.Tenants;

namespace CheckIn.Grains.Tenants;

/// <summary>A random key created once and kept in grain storage, keyed by purpose.</summary>
public sealed class SigningKeyGrain([PersistentState("key")] IPersistentState<SigningKeyState> state, TimeProvider timeProvider) : Grain, ISigningKeyGrain
{
    private const int KeyBytes = 32;

    public async Task<byte[]> GetOrCreateAsync()
    {
        if (state.State.Key is not { Length: KeyBytes })
        {
            state.State.Key = RandomNumberGenerator.GetBytes(KeyBytes);
            state.State.CreatedAt = timeProvider.GetUtcNow();
            await state.WriteStateAsync();
        }

        return [.. state.State.Key];
    }
}
