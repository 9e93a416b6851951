using System.Net;
using System.Text.RegularExpressions;
using CheckIn.Grains.Interfaces.Tenants;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CheckIn.Tests.Web;

/// <summary>The server-rendered pages, as a browser without JavaScript uses them.</summary>
[Collection(WebCollection.Name)]
public sealed partial class PagesTests(WebFixture fixture)
{
    [Fact]
    public async Task SignInPage_ByDefault_IsJapanese_WithLabelledFieldsAndALinkToEnglish()
    {
        using var browser = NewBrowser();

        var html = await browser.GetStringAsync("/signin", TestContext.Current.CancellationToken);

        Assert.Contains("<html lang=\"ja\">", html, StringComparison.Ordinal);
        Assert.Contains("スタッフのサインイン", html, StringComparison.Ordinal);
        Assert.Contains("<label for=\"username\">", html, StringComparison.Ordinal);
        Assert.Contains("<label for=\"password\">", html, StringComparison.Ordinal);
        Assert.Contains("name=\"viewport\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/lang/en?returnUrl=%2Fsignin\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LanguageSwitch_ToEnglish_SetsCookie_AndPagesTurnEnglish()
    {
        using var browser = NewBrowser();

        using var switched = await browser.GetAsync("/lang/en?returnUrl=%2Fsignin", TestContext.Current.CancellationToken);
        var html = await browser.GetStringAsync("/signin", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, switched.StatusCode);
        Assert.Equal("/signin", switched.Headers.Location?.OriginalString);
        Assert.Contains("<html lang=\"en\">", html, StringComparison.Ordinal);
        Assert.Contains("Staff sign-in", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LanguageSwitch_ForeignReturnUrl_RedirectsHome()
    {
        using var browser = NewBrowser();

        using var switched = await browser.GetAsync("/lang/en?returnUrl=%2F%2Fevil.example%2F", TestContext.Current.CancellationToken);

        Assert.Equal("/", switched.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task SignInForm_Posted_SetsHttpOnlyStrictCookie_AndStaffHomeListsTheRolesAbilities()
    {
        using var browser = NewBrowser();
        var username = WebFixture.UsernameFor(fixture.Tenant, StaffRoles.HealthOfficer);

        using var signedIn = await PostSignInAsync(browser, username, WebFixture.StaffPassword, "/staff");
        var home = await browser.GetStringAsync("/staff", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal("/staff", signedIn.Headers.Location?.OriginalString);
        var cookie = Assert.Single(signedIn.Headers.GetValues("Set-Cookie"), c => c.StartsWith("checkin_staff=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(username, home, StringComparison.Ordinal);
        Assert.Contains("href=\"/staff/venues\"", home, StringComparison.Ordinal);
        Assert.DoesNotContain("POST /api/tenants\"", home, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignInForm_WrongPassword_ShowsTheFormAgainWithAnError()
    {
        using var browser = NewBrowser();

        using var response = await PostSignInAsync(browser, "admin", "not-the-admin-password", "/staff");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Contains("role=\"alert\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("not-the-admin-password", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignInForm_WithoutAntiforgeryToken_IsRefused()
    {
        using var browser = NewBrowser();
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["username"] = "admin", ["password"] = WebFrontFactory.AdminPassword });

        using var response = await browser.PostAsync("/signin", form, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain(response.Headers.TryGetValues("Set-Cookie", out var cookies) ? cookies : [], c => c.StartsWith("checkin_staff=", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SignOutForm_Posted_ClearsTheCookie_AndStaffHomeAsksToSignInAgain()
    {
        using var browser = NewBrowser();
        using var signedIn = await PostSignInAsync(browser, "admin", WebFrontFactory.AdminPassword, "/staff");
        var home = await browser.GetStringAsync("/staff", TestContext.Current.CancellationToken);
        var token = AntiforgeryField().Match(home).Groups[1].Value;
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["__af"] = WebUtility.HtmlDecode(token) });

        using var signedOut = await browser.PostAsync("/signout", form, TestContext.Current.CancellationToken);
        using var after = await browser.GetAsync("/staff", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.StartsWith("/signin", after.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pages_CarryAContentSecurityPolicyWithoutInlineScript()
    {
        using var browser = NewBrowser();

        using var response = await browser.GetAsync("/signin", TestContext.Current.CancellationToken);

        var policy = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", policy, StringComparison.Ordinal);
        Assert.Equal("nosniff", string.Join("", response.Headers.GetValues("X-Content-Type-Options")));
    }

    [Fact]
    public async Task Dashboard_BrowserNotSignedIn_IsSentToSignIn()
    {
        using var browser = NewBrowser();

        using var response = await browser.GetAsync("/dashboard", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/signin?returnUrl=%2Fdashboard", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Dashboard_BrowserSignedInAsNonAdmin_Gets403Page()
    {
        using var browser = NewBrowser();
        using var signedIn = await PostSignInAsync(browser, WebFixture.UsernameFor(fixture.Tenant, StaffRoles.MunicipalityAdmin), WebFixture.StaffPassword, "/dashboard");

        using var response = await browser.GetAsync("/dashboard", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Dashboard_ContentSecurityPolicy_AllowsInlineStyleAndDataFontsThereOnly_NeverInlineScript()
    {
        using var browser = NewBrowser();
        using var signedIn = await PostSignInAsync(browser, "admin", WebFrontFactory.AdminPassword, "/dashboard");

        using var dashboard = await browser.GetAsync("/dashboard/", TestContext.Current.CancellationToken);
        using var ownPage = await browser.GetAsync("/operations", TestContext.Current.CancellationToken);

        var dashboardPolicy = string.Join(";", dashboard.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("style-src 'self' 'unsafe-inline'", dashboardPolicy, StringComparison.Ordinal);
        Assert.Contains("font-src 'self' data:", dashboardPolicy, StringComparison.Ordinal);
        Assert.Contains("script-src 'self';", dashboardPolicy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", string.Join(";", ownPage.Headers.GetValues("Content-Security-Policy")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dashboard_Admin_ServesTheOrleansDashboard()
    {
        using var browser = NewBrowser();
        using var signedIn = await PostSignInAsync(browser, "admin", WebFrontFactory.AdminPassword, "/dashboard");

        using var redirect = await browser.GetAsync("/dashboard", TestContext.Current.CancellationToken);
        using var page = await browser.GetAsync("/dashboard/", TestContext.Current.CancellationToken);
        using var counters = await browser.GetAsync("/dashboard/DashboardCounters", TestContext.Current.CancellationToken);

        Assert.Equal("/dashboard/", redirect.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.OK, counters.StatusCode);
    }

    [Fact]
    public async Task Operations_NotSignedInOrNonAdmin_IsRefused()
    {
        using var anonymous = NewBrowser();
        using var nonAdmin = NewBrowser();
        using var signedIn = await PostSignInAsync(nonAdmin, WebFixture.UsernameFor(fixture.Tenant, StaffRoles.MunicipalityAdmin), WebFixture.StaffPassword, "/operations");

        using var redirected = await anonymous.GetAsync("/operations", TestContext.Current.CancellationToken);
        using var forbidden = await nonAdmin.GetAsync("/operations/live", TestContext.Current.CancellationToken);

        Assert.Equal("/signin?returnUrl=%2Foperations", redirected.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
    }

    [Fact]
    public async Task Operations_Admin_ShowsLiveSectionWithNoScriptRefreshAndTables()
    {
        using var browser = NewBrowser();
        using var signedIn = await PostSignInAsync(browser, "admin", WebFrontFactory.AdminPassword, "/operations");

        var html = await browser.GetStringAsync("/operations", TestContext.Current.CancellationToken);

        Assert.Contains("<noscript><meta http-equiv=\"refresh\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"total-calls\"", html, StringComparison.Ordinal);
        Assert.Contains("StaffAccountGrain", html, StringComparison.Ordinal);
        Assert.Contains("<caption>", html, StringComparison.Ordinal);
        Assert.Contains("<svg class=\"sparkline\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/dashboard/\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownPage_Browser_Gets404Page()
    {
        using var browser = NewBrowser();

        using var response = await browser.GetAsync("/no-such-page", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("ページが見つかりません", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    private HttpClient NewBrowser()
    {
        var client = fixture.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        client.DefaultRequestHeaders.Accept.ParseAdd("text/html");
        return client;
    }

    private static async Task<HttpResponseMessage> PostSignInAsync(HttpClient browser, string username, string password, string returnUrl)
    {
        var page = await browser.GetStringAsync("/signin", TestContext.Current.CancellationToken);
        var token = AntiforgeryField().Match(page).Groups[1].Value;
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__af"] = WebUtility.HtmlDecode(token),
            ["username"] = username,
            ["password"] = password,
            ["returnUrl"] = returnUrl,
        });
        return await browser.PostAsync("/signin", form, TestContext.Current.CancellationToken);
    }

    [GeneratedRegex("name=\"__af\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();
}
