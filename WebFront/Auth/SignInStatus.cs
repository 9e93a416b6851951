namespace CheckIn.WebFront.Auth;

/// <summary>How a sign-in ended.</summary>
public enum SignInStatus
{
    /// <summary>Signed in; a token was issued.</summary>
    Succeeded,

    /// <summary>Unknown username or wrong password.</summary>
    Failed,

    /// <summary>The account is locked after too many failures.</summary>
    LockedOut,

    /// <summary>The client address has failed too often.</summary>
    Throttled,
}
