namespace CheckIn.WebFront.Booking.Api;

/// <summary>The body of <c>POST /api/campaigns/{campaignId}/sessions</c>.</summary>
/// <param name="VoucherNumber">The voucher's ten digits.</param>
/// <param name="BirthDate">The holder's birth date, <c>YYYY-MM-DD</c>.</param>
public sealed record CreateSessionRequest(string? VoucherNumber, string? BirthDate);
