namespace CheckIn.Grains.Interfaces.Throttling;

/// <summary>The keys of <see cref="IAddressFailureGrain"/>: <c>{scope}/{address}</c>, so that staff and resident
/// sign-ins from one address keep separate counts.</summary>
public static class AddressFailureKeys
{
    /// <summary>Staff sign-in failures of a client address: <c>staff/{address}</c>.</summary>
    public static string Staff(string clientAddress) => Join("staff", clientAddress);

    /// <summary>Resident (voucher) sign-in failures of a client address: <c>resident/{address}</c>.</summary>
    public static string Resident(string clientAddress) => Join("resident", clientAddress);

    private static string Join(string scope, string clientAddress)
    {
        ArgumentException.ThrowIfNullOrEmpty(clientAddress);
        return scope + "/" + clientAddress;
    }
}
