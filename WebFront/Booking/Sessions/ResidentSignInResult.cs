namespace CheckIn.WebFront.Booking.Sessions;

/// <summary>The outcome of a resident's sign-in.</summary>
/// <param name="Status">How it ended.</param>
/// <param name="Session">The session, when it succeeded.</param>
/// <param name="RetryAfter">When locked out: how long to wait.</param>
public sealed record ResidentSignInResult(ResidentSignInStatus Status, IssuedSession? Session = null, TimeSpan? RetryAfter = null);
