using System.Net;
using CheckIn.Tests.Web;

namespace CheckIn.Tests.CheckIn.Web;

/// <summary>The public check-in endpoint is limited per client address (429 <c>rate_limited</c> with Retry-After).</summary>
public sealed class CheckInRateLimitTests
{
    [Fact]
    public async Task CheckIn_TooManyFromOneAddress_429RateLimited()
    {
        await using var factory = new WebFrontFactory(new Dictionary<string, string?>
        {
            ["RateLimiting:Enabled"] = "true",
            ["RateLimiting:PerAddress:PermitLimit"] = "3",
            ["RateLimiting:PerAddress:Window"] = "00:10:00",
        });
        using var client = factory.CreateApiClient();
        var statuses = new List<HttpStatusCode>();

        for (var i = 0; i < 4; i++)
        {
            using var response = await client.PostJsonAsync("/api/checkins", new { code = "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", email = "visitor@example.jp" });
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                await response.AssertProblemAsync(HttpStatusCode.TooManyRequests, "rate_limited");
                Assert.NotNull(response.Headers.RetryAfter);
            }
        }

        Assert.Equal([HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.TooManyRequests], statuses);
    }
}
