namespace CheckIn.Grains.Interfaces.Booking;

/// <summary>A successful sign-in: the random resident id the session token is made for.</summary>
/// <param name="CampaignId">The campaign.</param>
/// <param name="ResidentId">The resident's random id.</param>
[GenerateSerializer, Immutable, Alias("checkin.SessionGrant")]
public sealed record SessionGrant(string CampaignId, string ResidentId);
