using System.Net;
using CheckIn.Tests.Web;

namespace CheckIn.Tests.Booking.Web;

/// <summary>The per-address limit of failed resident sign-ins, on web fronts of their own with a small limit.</summary>
public sealed class ResidentSignInAddressLimitTests
{
    private static readonly Dictionary<string, string?> s_smallLimit = new()
    {
        ["WaitingRoom:Enabled"] = "false",
        ["BookingWeb:MaxSignInFailuresPerAddress"] = "3",
        ["RateLimiting:Enabled"] = "false",
    };

    [Fact]
    public async Task SignIn_FailuresFromOneAddressOverTheLimit_Return429LockedOut_ForEveryVoucher()
    {
        await using var factory = new WebFrontFactory(s_smallLimit);
        var campaign = await NewCampaignAsync(factory);
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

    [Fact]
    public async Task SignIn_FailuresFromOneAddressSpreadOverTwoWebFronts_AreLimitedOnceForBoth()
    {
        await using var fronts = TwoWebFronts.Start(s_smallLimit);
        var campaign = await NewCampaignAsync(fronts.First);
        var voucher = await campaign.NewVoucherAsync();
        using var first = fronts.First.CreateApiClientFrom("198.51.100.8");
        using var second = fronts.Second.CreateApiClientFrom("198.51.100.8");
        for (var i = 0; i < 3; i++)
        {
            using var wrong = await campaign.SignInAsync(i % 2 == 0 ? first : second, campaign.NewVoucherNumber());
            await wrong.AssertProblemAsync(HttpStatusCode.Unauthorized, "invalid_voucher");
        }

        using var onFirst = await campaign.SignInAsync(first, voucher);
        using var onSecond = await campaign.SignInAsync(second, voucher);

        await onFirst.AssertProblemAsync(HttpStatusCode.TooManyRequests, "locked_out");
        await onSecond.AssertProblemAsync(HttpStatusCode.TooManyRequests, "locked_out");
        Assert.True(onSecond.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        using var neighbour = fronts.Second.CreateApiClientFrom("203.0.113.21");
        using var served = await campaign.SignInAsync(neighbour, voucher);
        Assert.Equal(HttpStatusCode.OK, served.StatusCode);
    }

    private static async Task<HttpCampaign> NewCampaignAsync(WebFrontFactory factory)
    {
        var tenant = WebFixture.Unique("lim");
        using var admin = await factory.CreateAdminClientAsync();
        using var created = await admin.PostJsonAsync("/api/tenants", new { id = tenant, name = "Limits" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        using var staffCreated = await admin.PostJsonAsync($"/api/tenants/{tenant}/staff", new { username = "ma." + tenant, password = BookingWebFixture.StaffPassword, role = "municipality-admin" });
        Assert.Equal(HttpStatusCode.Created, staffCreated.StatusCode);
        var staff = await factory.CreateClientForAsync("ma." + tenant, BookingWebFixture.StaffPassword);
        return await HttpCampaign.CreateAsync(staff, tenant);
    }
}
