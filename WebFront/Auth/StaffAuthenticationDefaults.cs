namespace CheckIn.WebFront.Auth;

/// <summary>Names of the staff authentication scheme and its cookie.</summary>
public static class StaffAuthenticationDefaults
{
    /// <summary>The scheme: a bearer token in <c>Authorization</c>, or the same token in the sign-in cookie.</summary>
    public const string Scheme = "StaffToken";

    /// <summary>The cookie the sign-in page sets (HttpOnly, SameSite=Strict).</summary>
    public const string CookieName = "checkin_staff";

    /// <summary>The sign-in page.</summary>
    public const string SignInPath = "/signin";
}
