namespace CheckIn.Grains.Interfaces.CheckIn;

/// <summary>The check-in entry point for the web front (a stateless worker; use the key <see cref="Key"/>). It
/// verifies the signed venue code, normalises the e-mail address, derives the visitor's pseudonym and seals the
/// address for the contact store, so the address never travels further in clear.</summary>
[Alias("checkin.ICheckInGrain")]
public interface ICheckInGrain : IGrainWithStringKey
{
    /// <summary>The key to address the entry point with.</summary>
    const string Key = "default";

    /// <summary>Checks a visitor in. Fails with <see cref="CheckInErrorCodes.InvalidEmail"/> or
    /// <see cref="CheckInErrorCodes.UnknownVenue"/> (forged, rotated or unknown code). The same address at the same
    /// venue within 10 minutes returns the first check-in with <see cref="CheckInResult.IsNew"/> false.</summary>
    Task<CheckInResult> CheckIn(string code, string email, CheckInChannel channel);

    /// <summary>The public view of the venue a code belongs to, for the check-in page; fails with
    /// <see cref="CheckInErrorCodes.UnknownVenue"/> for a forged, rotated or unknown code.</summary>
    Task<PublicVenue> ResolveCode(string code);
}
