using System.Security.Claims;
using CheckIn.Grains.Interfaces.Tenants;
using CheckIn.WebFront.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection;

namespace CheckIn.Tests.Web;

/// <summary>The resource-based checks areas use where the route does not name the tenant.</summary>
[Collection(WebCollection.Name)]
public sealed class StaffAuthorizationTests(WebFixture fixture)
{
    [Fact]
    public async Task VenueManager_VenueOperator_PassesOnlyForVenuesItHolds()
    {
        var username = WebFixture.UsernameFor(fixture.Tenant, StaffRoles.VenueOperator);
        var held = WebFixture.Unique("venue");
        await fixture.Grains.GetGrain<IStaffAccountGrain>(username).GrantVenueAsync(held);
        var operatorUser = Principal(username, StaffRoles.VenueOperator, fixture.Tenant);

        Assert.True(await AuthorizeAsync(operatorUser, new StaffResource(fixture.Tenant, held), StaffPolicies.VenueManager));
        Assert.False(await AuthorizeAsync(operatorUser, new StaffResource(fixture.Tenant, WebFixture.Unique("venue")), StaffPolicies.VenueManager));
        Assert.False(await AuthorizeAsync(operatorUser, new StaffResource(fixture.OtherTenant, held), StaffPolicies.VenueManager));
    }

    [Fact]
    public async Task VenueVisitReader_MunicipalityAdminAndHealthOfficer_PassForAnyVenueOfTheirTenantOnly()
    {
        var venue = new StaffResource(fixture.Tenant, WebFixture.Unique("venue"));

        Assert.True(await AuthorizeAsync(Principal("m", StaffRoles.MunicipalityAdmin, fixture.Tenant), venue, StaffPolicies.VenueVisitReader));
        Assert.True(await AuthorizeAsync(Principal("h", StaffRoles.HealthOfficer, fixture.Tenant), venue, StaffPolicies.VenueVisitReader));
        Assert.False(await AuthorizeAsync(Principal("h", StaffRoles.HealthOfficer, fixture.OtherTenant), venue, StaffPolicies.VenueVisitReader));
        Assert.False(await AuthorizeAsync(Principal("admin", StaffRoles.Admin, null), venue, StaffPolicies.VenueVisitReader));
    }

    [Fact]
    public async Task TenantStaffManager_Admin_PassesForEveryTenant()
    {
        Assert.True(await AuthorizeAsync(Principal("admin", StaffRoles.Admin, null), new StaffResource(WebFixture.Unique("any")), StaffPolicies.TenantStaffManager));
        Assert.False(await AuthorizeAsync(Principal("m", StaffRoles.MunicipalityAdmin, fixture.OtherTenant), new StaffResource(fixture.Tenant), StaffPolicies.TenantStaffManager));
    }

    private async Task<bool> AuthorizeAsync(ClaimsPrincipal user, StaffResource resource, string policy)
    {
        var result = await fixture.Factory.Services.GetRequiredService<IAuthorizationService>().AuthorizeAsync(user, resource, policy);
        return result.Succeeded;
    }

    private static ClaimsPrincipal Principal(string username, string role, string? tenant)
    {
        var claims = new List<Claim> { new(StaffClaims.Username, username), new(StaffClaims.Role, role) };
        if (tenant is not null)
        {
            claims.Add(new Claim(StaffClaims.Tenant, tenant));
        }

        return new ClaimsPrincipal(new ClaimsIdentity(claims, StaffAuthenticationDefaults.Scheme, StaffClaims.Username, StaffClaims.Role));
    }
}
