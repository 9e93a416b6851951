using System.Net;

namespace CheckIn.Tests.Web;

/// <summary>Request limits per address and per account, and the always-on per-address sign-in failure
/// limit; each test runs its own web front with small limits.</summary>
public sealed class RateLimitTests
{
    [Fact]
    public async Task SignInRequests_OverThePerAddressLimit_Get429WithRetryAfter()
    {
        await using var factory = new WebFrontFactory(new Dictionary<string, string?>
        {
            ["RateLimiting:Enabled"] = "true",
            ["RateLimiting:SignIn:PermitLimit"] = "2",
            ["RateLimiting:SignIn:Window"] = "00:10:00",
        });
        using var client = factory.CreateApiClient();
        for (var i = 0; i < 2; i++)
        {
            using var allowed = await client.PostJsonAsync("/api/auth/token", new { username = "admin", password = WebFrontFactory.AdminPassword });
            Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        }

        using var response = await client.PostJsonAsync("/api/auth/token", new { username = "admin", password = WebFrontFactory.AdminPassword });

        await response.AssertProblemAsync(HttpStatusCode.TooManyRequests, "rate_limited");
        Assert.True(response.Headers.RetryAfter?.Delta > TimeSpan.Zero);
    }

    [Fact]
    public async Task SignInFailures_FromOneAddress_AreLimited_EvenWithRateLimitingDisabled()
    {
        await using var factory = new WebFrontFactory(new Dictionary<string, string?>
        {
            ["RateLimiting:Enabled"] = "false",
            ["Auth:MaxFailuresPerAddress"] = "3",
        });
        using var client = factory.CreateApiClient();
        for (var i = 0; i < 3; i++)
        {
            using var failed = await client.PostJsonAsync("/api/auth/token", new { username = $"nobody{i}", password = "wrong-password" });
            await failed.AssertProblemAsync(HttpStatusCode.Unauthorized, "invalid_credentials");
        }

        using var response = await client.PostJsonAsync("/api/auth/token", new { username = "admin", password = WebFrontFactory.AdminPassword });

        await response.AssertProblemAsync(HttpStatusCode.TooManyRequests, "too_many_failures");
        Assert.True(response.Headers.RetryAfter?.Delta > TimeSpan.Zero);
    }

    [Fact]
    public async Task StaffCalls_OverThePerAccountLimit_Get429_WhileAnotherAccountIsServed()
    {
        await using var factory = new WebFrontFactory(new Dictionary<string, string?>
        {
            ["RateLimiting:PerAccount:PermitLimit"] = "2",
            ["RateLimiting:PerAccount:Window"] = "00:10:00",
        });
        using var admin = await factory.CreateAdminClientAsync();
        var tenant = WebFixture.Unique("rl");
        using var created = await admin.PostJsonAsync("/api/tenants", new { id = tenant, name = "Limits" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        using var staff = await admin.PostJsonAsync($"/api/tenants/{tenant}/staff", new { username = $"boss.{tenant}", password = WebFixture.StaffPassword, role = "municipality-admin" });
        Assert.Equal(HttpStatusCode.Created, staff.StatusCode);

        using var limited = await admin.GetAsync("/api/cluster", TestContext.Current.CancellationToken);
        using var other = await factory.CreateClientForAsync($"boss.{tenant}", WebFixture.StaffPassword);
        using var served = await other.PostJsonAsync($"/api/tenants/{tenant}/staff", new { username = $"clerk.{tenant}", password = WebFixture.StaffPassword, role = "health-officer" });

        await limited.AssertProblemAsync(HttpStatusCode.TooManyRequests, "rate_limited");
        Assert.Equal(HttpStatusCode.Created, served.StatusCode);
    }
}
