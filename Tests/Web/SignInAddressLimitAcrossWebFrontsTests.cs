using System.Net;

namespace CheckIn.Tests.Web;

/// <summary>The per-address limit of failed staff sign-ins holds for the whole cluster: two web fronts over the
/// same grains allow one address <c>Auth:MaxFailuresPerAddress</c> failures together, not that many each.</summary>
public sealed class SignInAddressLimitAcrossWebFrontsTests
{
    private const string Attacker = "198.51.100.7";

    [Fact]
    public async Task StaffSignInFailures_FromOneAddressSpreadOverTwoWebFronts_AreLimitedOnceForBoth()
    {
        await using var fronts = TwoWebFronts.Start(new Dictionary<string, string?> { ["Auth:MaxFailuresPerAddress"] = "3" });
        using var first = fronts.First.CreateApiClientFrom(Attacker);
        using var second = fronts.Second.CreateApiClientFrom(Attacker);
        for (var i = 0; i < 3; i++)
        {
            using var failed = await (i % 2 == 0 ? first : second).PostJsonAsync("/api/auth/token", new { username = $"nobody{i}", password = "wrong-password" });
            await failed.AssertProblemAsync(HttpStatusCode.Unauthorized, "invalid_credentials");
        }

        using var onFirst = await first.PostJsonAsync("/api/auth/token", new { username = "admin", password = WebFrontFactory.AdminPassword });
        using var onSecond = await second.PostJsonAsync("/api/auth/token", new { username = "admin", password = WebFrontFactory.AdminPassword });

        await onFirst.AssertProblemAsync(HttpStatusCode.TooManyRequests, "too_many_failures");
        await onSecond.AssertProblemAsync(HttpStatusCode.TooManyRequests, "too_many_failures");
        Assert.True(onSecond.Headers.RetryAfter?.Delta > TimeSpan.Zero);
    }

    [Fact]
    public async Task StaffSignIn_FromAnotherAddress_IsServed_WhileOneAddressIsLimitedOnBothWebFronts()
    {
        await using var fronts = TwoWebFronts.Start(new Dictionary<string, string?> { ["Auth:MaxFailuresPerAddress"] = "2" });
        using var attacker = fronts.First.CreateApiClientFrom(Attacker);
        for (var i = 0; i < 2; i++)
        {
            using var failed = await attacker.PostJsonAsync("/api/auth/token", new { username = "admin", password = "wrong-password" });
            await failed.AssertProblemAsync(HttpStatusCode.Unauthorized, "invalid_credentials");
        }

        using var neighbour = fronts.Second.CreateApiClientFrom("203.0.113.20");
        using var served = await neighbour.PostJsonAsync("/api/auth/token", new { username = "admin", password = WebFrontFactory.AdminPassword });

        Assert.Equal(HttpStatusCode.OK, served.StatusCode);
    }
}
