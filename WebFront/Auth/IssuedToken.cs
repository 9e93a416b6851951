namespace CheckIn.WebFront.Auth;

/// <summary>A token handed to a staff member.</summary>
public sealed record IssuedToken(string Token, DateTimeOffset ExpiresAt);
