namespace CheckIn.Grains.Interfaces.Tenants;

/// <summary>The outcome of a sign-in attempt.</summary>
[GenerateSerializer, Alias("checkin.StaffSignInStatus")]
public enum StaffSignInStatus
{
    /// <summary>The password is right.</summary>
    Succeeded,

    /// <summary>No such account, or a wrong password (deliberately the same answer).</summary>
    Failed,

    /// <summary>Too many recent failures for this account; the password was not checked.</summary>
    LockedOut,
}
