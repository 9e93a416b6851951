namespace CheckIn.WebFront.Booking.Api;

/// <summary>The body of <c>POST /api/tenants/{tenant}/campaigns</c>.</summary>
/// <param name="Name">The campaign's name.</param>
/// <param name="OpensAt">The opening time, ISO 8601 with an offset.</param>
/// <param name="DoseIntervalDays">Days from dose 1 to dose 2, 1 to 365; 0 for a single dose.</param>
/// <param name="UtcOffset">Optional: the offset of the campaign's local time (<c>+09:00</c> when absent).</param>
/// <param name="FirstDate">Optional: the first date a slot may fall on.</param>
/// <param name="LastDate">Optional: the last date a slot may fall on.</param>
public sealed record CreateCampaignRequest(string? Name, string? OpensAt, int? DoseIntervalDays, string? UtcOffset = null, string? FirstDate = null, string? LastDate = null);
