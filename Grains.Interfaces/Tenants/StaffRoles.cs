namespace CheckIn.Grains.Interfaces.Tenants;

/// <summary>The staff roles of API.md, spelled as the API spells them.</summary>
public static class StaffRoles
{
    /// <summary>Administers the service: every tenant, creates tenants.</summary>
    public const string Admin = "admin";

    /// <summary>Runs one tenant: campaigns, sites, slots, vouchers, venues, staff.</summary>
    public const string MunicipalityAdmin = "municipality-admin";

    /// <summary>One tenant's visit counts and exposures.</summary>
    public const string HealthOfficer = "health-officer";

    /// <summary>Only the venues it created or was given, in one tenant.</summary>
    public const string VenueOperator = "venue-operator";

    /// <summary>The roles that belong to one tenant (every role but <see cref="Admin"/>).</summary>
    public static IReadOnlyList<string> TenantRoles { get; } = [MunicipalityAdmin, HealthOfficer, VenueOperator];

    /// <summary>True for a role scoped to one tenant.</summary>
    public static bool IsTenantRole(string? role) => role is MunicipalityAdmin or HealthOfficer or VenueOperator;
}
