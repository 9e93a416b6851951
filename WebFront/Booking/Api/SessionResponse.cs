namespace CheckIn.WebFront.Booking.Api;

/// <summary>A resident's session.</summary>
/// <param name="SessionToken">Send it as <c>Authorization: Bearer</c>.</param>
/// <param name="ResidentId">The resident's random id.</param>
/// <param name="ExpiresAt">When the token stops being accepted.</param>
public sealed record SessionResponse(string SessionToken, string ResidentId, DateTimeOffset ExpiresAt);
