namespace CheckIn.Grains.Interfaces.Tenants;

/// <summary>A tenant (a municipality) as it was created.</summary>
/// <param name="Id">The tenant id, <c>[a-z0-9-]{2,40}</c>.</param>
/// <param name="Name">The display name.</param>
/// <param name="CreatedAt">When it was created.</param>
/// <param name="CreatedBy">The username that created it.</param>
[GenerateSerializer, Immutable, Alias("checkin.TenantInfo")]
public sealed record TenantInfo(string Id, string Name, DateTimeOffset CreatedAt, string CreatedBy);
