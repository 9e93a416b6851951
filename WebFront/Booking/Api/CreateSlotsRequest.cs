namespace CheckIn.WebFront.Booking.Api;

/// <summary>The body of <c>POST /api/campaigns/{campaignId}/sites/{siteId}/slots</c>.</summary>
/// <param name="Date">The local date, <c>YYYY-MM-DD</c>.</param>
/// <param name="Times">Local start times, <c>HH:mm</c>.</param>
/// <param name="Capacity">Seats per slot, 1 to 10,000.</param>
public sealed record CreateSlotsRequest(string? Date, IReadOnlyList<string?>? Times, int? Capacity);
