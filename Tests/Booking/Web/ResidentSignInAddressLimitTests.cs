using System.Net;
using CheckIn.Tests.Web;

namespace CheckIn.Tests.Booking.Web;

/// <summary>The per-address limit of failed resident sign-ins, on a web front of its own with a small limit.</summary>
public sealed class ResidentSignInAddressLimitTests
{
    [Fact]
    public async Task SignIn_FailuresFromOneAddressOverTheLimit_Return429LockedOut_ForEveryVoucher()
    {
        await using var factory = new WebFrontFactory(new Dictionary<string, string?>
        {
            ["WaitingRoom:Enabled"] = "false",
            ["BookingWeb:MaxSignInFailuresPerAddress"] = "3",
            ["RateLimiting:Enabled"] = "false",
        });
        var tenant = WebFixture.Unique("lim");
        using var admin = await factory.CreateAdminClientAsync();
        using var created = await admin.PostJsonAsync("/api/tenants", new { id = tenant, name = "Limits" });
        using var staffCreated = await admin.PostJsonAsync($"/api/tenants/{tenant}/staff", new { username = "ma." + tenant, password = BookingWebFixture.StaffPassword, role = "municipality-admin" });
        Assert.Equal(HttpStatusCode.Created, staffCreated.StatusCode);
        using var staff = await factory.CreateClientForAsync("ma." + tenant, BookingWebFixture.StaffPassword);
        var campaign = await HttpCampaign.CreateAsync(staff, tenant);
        var voucher = await campaign.NewVoucherAsync();
        using var resident = factory.CreateApiClient();
        for (var i = 0; i < 3; i++)
        {
            using var wrong = await campaign.SignInAsync(resident, campaign.NewVoucherNumber());
            await wrong.AssertProblemAsync(HttpStatusCode.Unauthorized, "invalid_voucher");
        }

        using var response = await campaign.SignInAsync(resident, voucher);

        await response.AssertProblemAsync(HttpStatusCode.TooManyRequests, "locked_out");
        Assert.True(response.Headers.RetryAfter?.Delta > TimeSpan.Zero);
    }
}
