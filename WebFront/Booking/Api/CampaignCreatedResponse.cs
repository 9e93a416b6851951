namespace CheckIn.WebFront.Booking.Api;

/// <summary>The answer to creating a campaign.</summary>
/// <param name="CampaignId">The new campaign's id.</param>
public sealed record CampaignCreatedResponse(string CampaignId);
