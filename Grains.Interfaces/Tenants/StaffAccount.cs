namespace CheckIn.Grains.Interfaces.Tenants;

/// <summary>A staff account without its secret.</summary>
/// <param name="Username">The username.</param>
/// <param name="Role">One of <see cref="StaffRoles"/>.</param>
/// <param name="Tenant">The tenant for tenant roles; null for admins.</param>
/// <param name="CreatedAt">When the account was created.</param>
[GenerateSerializer, Immutable, Alias("checkin.StaffAccount")]
public sealed record StaffAccount(string Username, string Role, string? Tenant, DateTimeOffset CreatedAt);
