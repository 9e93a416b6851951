using CheckIn.Grains.Interfaces.Tenants;
using Microsoft.AspNetCore.Authorization;

namespace CheckIn.WebFront.Auth;

/// <summary>Registers the staff policies of <see cref="StaffPolicies"/> and lets areas add their own.</summary>
public static class StaffAuthorizationExtensions
{
    /// <summary>Adds a policy that passes for the given tenant roles within their tenant (and for admins
    /// when <paramref name="allowAdmin"/>).</summary>
    public static AuthorizationBuilder AddTenantPolicy(this AuthorizationBuilder builder, string name, bool allowAdmin, params string[] roles)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.AddPolicy(name, policy => policy
            .AddAuthenticationSchemes(StaffAuthenticationDefaults.Scheme)
            .RequireAuthenticatedUser()
            .AddRequirements(new TenantRoleRequirement(allowAdmin, roles)));
    }

    internal static AuthorizationBuilder AddStaffPolicies(this AuthorizationBuilder builder)
        => builder
            .AddPolicy(StaffPolicies.AnyStaff, policy => policy
                .AddAuthenticationSchemes(StaffAuthenticationDefaults.Scheme)
                .RequireAuthenticatedUser())
            .AddPolicy(StaffPolicies.Admin, policy => policy
                .AddAuthenticationSchemes(StaffAuthenticationDefaults.Scheme)
                .RequireAuthenticatedUser()
                .RequireClaim(StaffClaims.Role, StaffRoles.Admin))
            .AddTenantPolicy(StaffPolicies.TenantStaffManager, allowAdmin: true, StaffRoles.MunicipalityAdmin)
            .AddTenantPolicy(StaffPolicies.MunicipalityAdmin, allowAdmin: false, StaffRoles.MunicipalityAdmin)
            .AddTenantPolicy(StaffPolicies.HealthOfficer, allowAdmin: false, StaffRoles.HealthOfficer)
            .AddTenantPolicy(StaffPolicies.VenueCreator, allowAdmin: false, StaffRoles.MunicipalityAdmin, StaffRoles.VenueOperator)
            .AddTenantPolicy(StaffPolicies.VenueManager, allowAdmin: false, StaffRoles.MunicipalityAdmin, StaffRoles.VenueOperator)
            .AddTenantPolicy(StaffPolicies.VenueVisitReader, allowAdmin: false, StaffRoles.MunicipalityAdmin, StaffRoles.HealthOfficer, StaffRoles.VenueOperator);
}
