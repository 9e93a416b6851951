using CheckIn.Grains.Interfaces.Tenants;
using CheckIn.WebFront.Auth;
using Microsoft.AspNetCore.Authorization;

namespace CheckIn.WebFront.Booking.Campaigns;

/// <summary>Checks <see cref="CampaignAdminRequirement"/> against <c>CampaignInfo.Tenant</c>, before the
/// endpoint reads its body, so that other roles and tenants get 403 and nothing else.</summary>
internal sealed class CampaignAdminHandler(CampaignDirectory campaigns) : AuthorizationHandler<CampaignAdminRequirement>
{
    /// <summary>The route value that names the campaign.</summary>
    public const string RouteKey = "campaignId";

    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, CampaignAdminRequirement requirement)
    {
        if (context.User.GetStaffRole() != StaffRoles.MunicipalityAdmin || context.User.GetStaffTenant() is not { } tenant)
        {
            return;
        }

        var campaignId = context.Resource switch
        {
            HttpContext http => http.GetRouteValue(RouteKey) as string,
            string id => id,
            _ => null,
        };
        var campaign = await campaigns.FindAsync(campaignId).ConfigureAwait(false);
        if (campaign is null || campaign.Tenant == tenant)
        {
            context.Succeed(requirement);
        }
    }
}
