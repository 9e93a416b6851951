namespace CheckIn.WebFront.Booking.WaitingRoom;

/// <summary>What waiting-room tickets and admission tokens carry (each signed for its own purpose, so a
/// ticket never passes as an admission).</summary>
/// <param name="CampaignId">The campaign; the token is refused on any other.</param>
/// <param name="Position">The arrival position the waiting room handed out.</param>
public sealed record WaitingRoomClaims(string CampaignId, long Position);
