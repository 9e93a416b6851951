namespace CheckIn.WebFront.Booking.Api;

/// <summary>The body of <c>POST /api/campaigns/{campaignId}/attendance</c>.</summary>
/// <param name="SlotId">The slot the resident came to.</param>
/// <param name="AttendanceCode">The reservation's one-time code (eight digits).</param>
public sealed record AttendanceRequest(string? SlotId, string? AttendanceCode);
