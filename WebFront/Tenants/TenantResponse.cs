namespace CheckIn.WebFront.Tenants;

/// <summary>A created tenant.</summary>
public sealed record TenantResponse(string Id, string Name, DateTimeOffset CreatedAt);
