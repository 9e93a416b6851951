namespace CheckIn.Grains.Interfaces.Tenants;

/// <summary>A random secret key kept in grain storage, keyed by purpose (e.g. "staff-tokens"), so that
/// keys the configuration does not provide survive restarts and are shared by every silo.</summary>
[Alias("checkin.ISigningKeyGrain")]
public interface ISigningKeyGrain : IGrainWithStringKey
{
    /// <summary>The key (32 random bytes), created and stored on first use.</summary>
    Task<byte[]> GetOrCreateAsync();
}
