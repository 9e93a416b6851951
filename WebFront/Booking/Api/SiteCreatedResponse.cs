namespace CheckIn.WebFront.Booking.Api;

/// <summary>The answer to adding a site.</summary>
/// <param name="SiteId">The new site's id.</param>
/// <param name="Name">Its name.</param>
/// <param name="Address">Its address.</param>
public sealed record SiteCreatedResponse(string SiteId, string Name, string Address);
