namespace CheckIn.WebFront.Auth;

/// <summary>The answer of <c>POST /api/auth/token</c>.</summary>
public sealed record TokenResponse(string Token, DateTimeOffset ExpiresAt);
