namespace CheckIn.WebFront.Auth;

/// <summary>The claim types of a signed-in staff member.</summary>
public static class StaffClaims
{
    public const string Username = "checkin:username";
    public const string Role = "checkin:role";
    public const string Tenant = "checkin:tenant";
}
