using System.Net;
using System.Text.RegularExpressions;
using CheckIn.Grains.Interfaces.Tenants;
using CheckIn.WebFront.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace CheckIn.Tests.Web;

/// <summary>The data-protection key ring lives in grain storage: the key behind an anti-forgery token is stored in
/// the key ring grain, and a form served by one web front is accepted by another web front on the same storage (as
/// behind a load balancer, or after a restart).</summary>
public sealed partial class KeyRingTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("checkin-keyring-").FullName;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AntiforgeryToken_FromOneWebFront_AcceptedByAnotherOnTheSameStorage_KeyKeptInGrain()
    {
        string cookie;
        string token;
        await using (var first = new WebFrontFactory(sqlite: true, sqliteDirectory: _directory))
        {
            using var client = first.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
            using var page = await client.GetAsync("/signin", Cancel);
            var html = await page.Content.ReadAsStringAsync(Cancel);
            token = WebUtility.HtmlDecode(AntiforgeryField().Match(html).Groups[1].Value);
            cookie = page.Headers.GetValues("Set-Cookie").Single(static c => c.StartsWith("checkin_af=", StringComparison.Ordinal)).Split(';')[0];

            var ring = await first.Services.GetRequiredService<IGrainFactory>()
                .GetGrain<IKeyRingGrain>(WebFrontHostingExtensions.DataProtectionApplicationName).GetAll();
            Assert.Contains(ring, static xml => xml.StartsWith("<key id=", StringComparison.Ordinal));
        }

        await using var second = new WebFrontFactory(sqlite: true, sqliteDirectory: _directory);
        using var other = second.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        using var request = new HttpRequestMessage(HttpMethod.Post, "/signin")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__af"] = token,
                ["username"] = "admin",
                ["password"] = WebFrontFactory.AdminPassword,
                ["returnUrl"] = "/staff",
            }),
        };
        request.Headers.Add("Cookie", cookie);

        using var signedIn = await other.SendAsync(request, Cancel);

        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal("/staff", signedIn.Headers.Location?.OriginalString);
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [GeneratedRegex("name=\"__af\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();
}
