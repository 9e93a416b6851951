namespace CheckIn.WebFront.Booking.Sessions;

/// <summary>What a resident's session token carries: the campaign and the random resident id, nothing
/// personal (the token is signed, not encrypted).</summary>
/// <param name="CampaignId">The campaign the session is for; it is refused on any other.</param>
/// <param name="ResidentId">The resident's random id (<c>SessionGrant.ResidentId</c>).</param>
public sealed record ResidentSessionClaims(string CampaignId, string ResidentId);
