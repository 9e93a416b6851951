namespace CheckIn.WebFront.Booking.Sessions;

/// <summary>A session token made for a resident.</summary>
/// <param name="Token">The signed token.</param>
/// <param name="ResidentId">The resident's random id.</param>
/// <param name="ExpiresAt">When it stops being accepted.</param>
public sealed record IssuedSession(string Token, string ResidentId, DateTimeOffset ExpiresAt);
