namespace CheckIn.WebFront.Tenants;

/// <summary>The body of <c>POST /api/tenants/{tenant}/staff</c>.</summary>
public sealed record CreateStaffRequest(string? Username, string? Password, string? Role);
