using Microsoft.AspNetCore.Authorization;

namespace CheckIn.WebFront.Auth;

/// <summary>Passes for an admin when <see cref="AllowAdmin"/>, and for a staff member whose role is in
/// <see cref="Roles"/> and whose tenant is the resource's tenant; a venue operator must also hold the
/// resource's venue.</summary>
/// <param name="AllowAdmin">Whether the <c>admin</c> role passes.</param>
/// <param name="Roles">The tenant roles that pass within their own tenant.</param>
public sealed record TenantRoleRequirement(bool AllowAdmin, IReadOnlyList<string> Roles) : IAuthorizationRequirement;
