namespace CheckIn.WebFront.Tenants;

/// <summary>The body of <c>POST /api/tenants</c>.</summary>
public sealed record CreateTenantRequest(string? Id, string? Name);
