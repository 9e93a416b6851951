namespace CheckIn.WebFront.Tenants;

/// <summary>A created staff account.</summary>
public sealed record StaffResponse(string Username, string Role, string Tenant);
