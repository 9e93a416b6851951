using Microsoft.AspNetCore.Authorization;

namespace CheckIn.WebFront.Auth;

/// <summary>Resource-based checks for endpoints whose route does not name the tenant: look the resource up,
/// then <c>if (!await StaffAccess.AuthorizeAsync(http, new StaffResource(venue.Tenant, venueId), StaffPolicies.VenueManager)) return Problems.Forbidden();</c></summary>
public static class StaffAccess
{
    /// <summary>True when the signed-in staff member passes <paramref name="policy"/> for <paramref name="resource"/>.</summary>
    public static async Task<bool> AuthorizeAsync(HttpContext context, StaffResource resource, string policy)
    {
        ArgumentNullException.ThrowIfNull(context);
        var authorization = context.RequestServices.GetRequiredService<IAuthorizationService>();
        var result = await authorization.AuthorizeAsync(context.User, resource, policy).ConfigureAwait(false);
        return result.Succeeded;
    }
}
