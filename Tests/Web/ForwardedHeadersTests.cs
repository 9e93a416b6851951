using System.Net;

namespace CheckIn.Tests.Web;

/// <summary><c>X-Forwarded-For</c> and <c>X-Forwarded-Proto</c> count only from configured proxies
/// (<c>ForwardedHeaders</c> section): behind one, limits see the client; from anyone else, the headers change
/// nothing. Each test runs its own web front with a limit of two failed staff sign-ins per address.</summary>
public sealed class ForwardedHeadersTests
{
    private const string Proxy = "10.0.0.5";

    [Fact]
    public async Task SignInFailures_WithXForwardedForFromAnUntrustedConnection_CountAgainstTheConnectionsAddress()
    {
        await using var factory = NewFront(new() { ["ForwardedHeaders:KnownProxies:0"] = Proxy });
        using var client = factory.CreateApiClientFrom("198.51.100.30");
        for (var i = 0; i < 2; i++)
        {
            using var failed = await SignInAsync(client, "wrong-password", forwardedFor: $"203.0.113.{i + 1}");
            await failed.AssertProblemAsync(HttpStatusCode.Unauthorized, "invalid_credentials");
        }

        using var response = await SignInAsync(client, WebFrontFactory.AdminPassword, forwardedFor: "203.0.113.3");

        await response.AssertProblemAsync(HttpStatusCode.TooManyRequests, "too_many_failures");
    }

    [Fact]
    public async Task SignInFailures_ThroughAConfiguredProxy_CountAgainstTheForwardedClient()
    {
        await using var factory = NewFront(new() { ["ForwardedHeaders:KnownProxies:0"] = Proxy });
        using var proxy = factory.CreateApiClientFrom(Proxy);
        for (var i = 0; i < 2; i++)
        {
            using var failed = await SignInAsync(proxy, "wrong-password", forwardedFor: "203.0.113.1");
            await failed.AssertProblemAsync(HttpStatusCode.Unauthorized, "invalid_credentials");
        }

        using var limited = await SignInAsync(proxy, WebFrontFactory.AdminPassword, forwardedFor: "203.0.113.1");
        using var other = await SignInAsync(proxy, WebFrontFactory.AdminPassword, forwardedFor: "203.0.113.2");

        await limited.AssertProblemAsync(HttpStatusCode.TooManyRequests, "too_many_failures");
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
    }

    [Fact]
    public async Task SignInFailures_ThroughLoopback_CountAgainstTheForwardedClient_ByDefault_AndNotWhenLoopbackIsUntrusted()
    {
        await using var trusting = NewFront([]);
        await using var distrusting = NewFront(new() { ["ForwardedHeaders:TrustLoopback"] = "false" });
        foreach (var factory in new[] { trusting, distrusting })
        {
            using var local = factory.CreateApiClientFrom("127.0.0.1");
            for (var i = 0; i < 2; i++)
            {
                using var failed = await SignInAsync(local, "wrong-password", forwardedFor: "203.0.113.1");
                await failed.AssertProblemAsync(HttpStatusCode.Unauthorized, "invalid_credentials");
            }
        }

        using var trustingClient = trusting.CreateApiClientFrom("127.0.0.1");
        using var distrustingClient = distrusting.CreateApiClientFrom("127.0.0.1");
        using var fromTrusting = await SignInAsync(trustingClient, WebFrontFactory.AdminPassword, forwardedFor: "203.0.113.2");
        using var fromDistrusting = await SignInAsync(distrustingClient, WebFrontFactory.AdminPassword, forwardedFor: "203.0.113.2");

        Assert.Equal(HttpStatusCode.OK, fromTrusting.StatusCode);
        await fromDistrusting.AssertProblemAsync(HttpStatusCode.TooManyRequests, "too_many_failures");
    }

    [Fact]
    public async Task XForwardedProto_FromAConfiguredNetwork_MakesTheRequestHttps_AndFromElsewhereDoesNot()
    {
        await using var factory = NewFront(new() { ["ForwardedHeaders:KnownNetworks:0"] = "10.0.0.0/24" });

        var throughProxy = await LanguageCookieAsync(factory, "10.0.0.9");
        var direct = await LanguageCookieAsync(factory, "198.51.100.31");

        Assert.Contains("secure", throughProxy, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("secure", direct, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Startup_WithAProxyThatIsNotAnAddress_FailsNamingTheSetting()
    {
        await using var factory = NewFront(new() { ["ForwardedHeaders:KnownProxies:0"] = "proxy.example" });

        var error = Assert.ThrowsAny<Exception>(() => factory.Services);

        Assert.Contains("ForwardedHeaders:KnownProxies:0", error.ToString(), StringComparison.Ordinal);
    }

    private static WebFrontFactory NewFront(Dictionary<string, string?> settings)
    {
        settings["Auth:MaxFailuresPerAddress"] = "2";
        return new WebFrontFactory(settings);
    }

    private static async Task<HttpResponseMessage> SignInAsync(HttpClient client, string password, string forwardedFor)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/auth/token")
        {
            Content = System.Net.Http.Json.JsonContent.Create(new { username = "admin", password }),
        };
        request.Headers.Add("X-Forwarded-For", forwardedFor);
        return await client.SendAsync(request, TestContext.Current.CancellationToken);
    }

    private static async Task<string> LanguageCookieAsync(WebFrontFactory factory, string remoteAddress)
    {
        using var client = factory.CreateApiClientFrom(remoteAddress);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/lang/en");
        request.Headers.Add("X-Forwarded-Proto", "https");
        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return string.Join("; ", response.Headers.GetValues("Set-Cookie"));
    }
}
