namespace CheckIn.Grains.Interfaces.Tenants;

/// <summary>A staff account, keyed by username. Holds the salted password hash (PBKDF2-SHA256), the role,
/// the tenant, the venues a venue operator may manage, and the per-account sign-in lockout.</summary>
[Alias("checkin.IStaffAccountGrain")]
public interface IStaffAccountGrain : IGrainWithStringKey
{
    /// <summary>Creates the account; refused when the username is taken or the input is malformed.
    /// Tenant roles are created through <see cref="ITenantGrain.AddStaffAsync"/>, which checks the tenant.</summary>
    Task<StaffCreateStatus> CreateAsync(NewStaffAccount account);

    /// <summary>Checks a password in constant time. Unknown accounts cost the same as wrong passwords.</summary>
    Task<StaffSignInResult> SignInAsync(string password);

    /// <summary>The account, or null when it does not exist.</summary>
    Task<StaffAccount?> GetAsync();

    /// <summary>Lets a venue operator manage a venue (it created it, or was given it). Idempotent.</summary>
    Task GrantVenueAsync(string venueId);

    /// <summary>True when the account may manage the venue as its operator.</summary>
    Task<bool> HasVenueAsync(string venueId);
}
