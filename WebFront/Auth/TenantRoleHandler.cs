using CheckIn.Grains.Interfaces.Tenants;
using Microsoft.AspNetCore.Authorization;

namespace CheckIn.WebFront.Auth;

/// <summary>Evaluates <see cref="TenantRoleRequirement"/> against a <see cref="StaffResource"/> given by the
/// endpoint or taken from the route.</summary>
internal sealed class TenantRoleHandler(IGrainFactory grains) : AuthorizationHandler<TenantRoleRequirement>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, TenantRoleRequirement requirement)
    {
        var role = context.User.GetStaffRole();
        if (role is null)
        {
            return;
        }

        if (role == StaffRoles.Admin)
        {
            if (requirement.AllowAdmin)
            {
                context.Succeed(requirement);
            }

            return;
        }

        if (!requirement.Roles.Contains(role))
        {
            return;
        }

        var resource = context.Resource switch
        {
            StaffResource given => given,
            HttpContext http => StaffResource.FromRoute(http),
            _ => null,
        };
        if (resource is null || resource.Tenant != context.User.GetStaffTenant())
        {
            return;
        }

        if (role == StaffRoles.VenueOperator && resource.VenueId is { } venueId)
        {
            var username = context.User.GetStaffUsername()!;
            if (!await grains.GetGrain<IStaffAccountGrain>(username).HasVenueAsync(venueId).ConfigureAwait(false))
            {
                return;
            }
        }

        context.Succeed(requirement);
    }
}
