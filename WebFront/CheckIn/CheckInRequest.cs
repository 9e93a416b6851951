namespace CheckIn.WebFront.CheckIn;

/// <summary>The body of <c>POST /api/checkins</c>.</summary>
public sealed record CheckInRequest(string? Code, string? Email);
