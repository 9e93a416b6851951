namespace CheckIn.WebFront.Auth;

/// <summary>The body of <c>POST /api/auth/token</c>.</summary>
public sealed record TokenRequest(string? Username, string? Password);
