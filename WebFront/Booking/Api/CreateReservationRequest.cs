namespace CheckIn.WebFront.Booking.Api;

/// <summary>The body of <c>POST /api/campaigns/{campaignId}/reservations</c>.</summary>
/// <param name="SlotId">The slot for dose 1; dose 2 is found by the engine.</param>
public sealed record CreateReservationRequest(string? SlotId);
