using Orleans.Concurrency;

namespace CheckIn.Grains.Interfaces.CheckIn;

/// <summary>The contact store (key: <c>{tenant}:{pseudonym}</c>): the visitor's e-mail address, encrypted with
/// AES-GCM. It hands out only the sealed bytes; the mail sender alone holds the key to open them.</summary>
[Alias("checkin.IContactGrain")]
public interface IContactGrain : IGrainWithStringKey
{
    /// <summary>Stores (or replaces) the sealed address.</summary>
    Task Store(byte[] sealedAddress);

    /// <summary>The sealed address, or null when none is stored.</summary>
    [ReadOnly]
    Task<byte[]?> GetSealed();

    /// <summary>Deletes the contact data.</summary>
    Task Delete();
}
