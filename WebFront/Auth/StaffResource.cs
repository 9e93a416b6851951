namespace CheckIn.WebFront.Auth;

/// <summary>What a tenant-scoped policy is checked against: the tenant, and for venue routes the venue
/// (a venue operator passes only for its own venues). Policies on routes with a <c>{tenant}</c> value find
/// it themselves; endpoints that learn the tenant from a grain (say, <c>/api/venues/{venueId}</c>) pass one
/// to <see cref="StaffAccess.AuthorizeAsync"/>.</summary>
/// <param name="Tenant">The tenant the resource belongs to.</param>
/// <param name="VenueId">The venue, when the resource is a venue or belongs to one.</param>
public sealed record StaffResource(string Tenant, string? VenueId = null)
{
    /// <summary>The route's <c>{tenant}</c> (and <c>{venueId}</c>) values, or null without a tenant.</summary>
    public static StaffResource? FromRoute(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.GetRouteValue("tenant") is string tenant
            ? new StaffResource(tenant, context.GetRouteValue("venueId") as string)
            : null;
    }
}
