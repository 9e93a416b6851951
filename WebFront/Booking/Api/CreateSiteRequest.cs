namespace CheckIn.WebFront.Booking.Api;

/// <summary>The body of <c>POST /api/campaigns/{campaignId}/sites</c>.</summary>
/// <param name="Name">The site's name.</param>
/// <param name="Address">Its address.</param>
public sealed record CreateSiteRequest(string? Name, string? Address);
