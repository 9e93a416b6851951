using System.Text.Json.Serialization;

namespace CheckIn.WebFront.Auth;

/// <summary>What a staff token says, signed: who, which role and tenant, until when.</summary>
internal sealed record StaffTokenPayload(
    [property: JsonPropertyName("sub")] string Username,
    [property: JsonPropertyName("role")] string Role,
    [property: JsonPropertyName("tenant")] string? Tenant,
    [property: JsonPropertyName("iat")] long IssuedAt,
    [property: JsonPropertyName("exp")] long ExpiresAt);
