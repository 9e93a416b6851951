using System.Security.Claims;
using CheckIn.Grains.Interfaces.Tenants;

namespace CheckIn.WebFront.Auth;

/// <summary>Reads a signed-in staff member from a <see cref="ClaimsPrincipal"/>.</summary>
public static class StaffPrincipalExtensions
{
    /// <summary>The username, or null when not signed in.</summary>
    public static string? GetStaffUsername(this ClaimsPrincipal user) => user?.FindFirstValue(StaffClaims.Username);

    /// <summary>The role (one of <see cref="StaffRoles"/>), or null.</summary>
    public static string? GetStaffRole(this ClaimsPrincipal user) => user?.FindFirstValue(StaffClaims.Role);

    /// <summary>The tenant of a tenant role, or null for admins and anonymous users.</summary>
    public static string? GetStaffTenant(this ClaimsPrincipal user) => user?.FindFirstValue(StaffClaims.Tenant);

    /// <summary>True for the <c>admin</c> role.</summary>
    public static bool IsStaffAdmin(this ClaimsPrincipal user) => user.GetStaffRole() == StaffRoles.Admin;
}
