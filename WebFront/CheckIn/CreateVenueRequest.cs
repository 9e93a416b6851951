namespace CheckIn.WebFront.CheckIn;

/// <summary>The body of <c>POST /api/tenants/{tenant}/venues</c>.</summary>
public sealed record CreateVenueRequest(string? Name, string? Category, string? Address);
