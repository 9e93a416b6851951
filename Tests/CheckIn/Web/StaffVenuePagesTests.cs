using System.Globalization;
using System.Net;
using CheckIn.Grains.Interfaces.Tenants;
using CheckIn.Tests.Booking.Web;
using CheckIn.Tests.Infrastructure;
using CheckIn.Tests.Web;

namespace CheckIn.Tests.CheckIn.Web;

/// <summary>The check-in staff pages with plain forms (no script): a venue operator registers a venue and sees only
/// its own; visit counts by day and hour; code rotation retires the old code; a health officer reports an exposure
/// from the venue page and follows its mail progress; bad form input is shown again and changes nothing.</summary>
[Collection(CheckInWebCollection.Name)]
public sealed class StaffVenuePagesTests(CheckInWebFixture fixture)
{
    private static readonly TimeZoneInfo s_tokyo = TimeZoneInfo.FindSystemTimeZoneById("Asia/Tokyo");

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task VenueOperator_RegistersVenueByForm_SeesItAndItsPoster_OtherOperatorDoesNot()
    {
        using var operatorBrowser = await SignedInAsync(StaffRoles.VenueOperator);
        var name = "Page venue " + Guid.NewGuid().ToString("N")[..8];
        await operatorBrowser.PageAsync("/staff/venues");

        var (registered, _) = await operatorBrowser.PostAsync("/staff/venues", new Dictionary<string, string>
        {
            ["name"] = name,
            ["category"] = "restaurant",
            ["address"] = "大阪市北区1-1",
        });

        Assert.Equal(HttpStatusCode.Redirect, registered.StatusCode);
        var venuePage = registered.Headers.Location!.OriginalString.Split('?')[0];
        Assert.Matches("^/staff/venues/[a-z0-9]+$", venuePage);
        var venueId = venuePage["/staff/venues/".Length..];
        var html = await operatorBrowser.PageAsync(venuePage + "?done=created");
        Assert.Contains(name, html, StringComparison.Ordinal);
        Assert.Contains("role=\"status\"", html, StringComparison.Ordinal);
        var checkInUrl = PageBrowser.Find(html, "id=\"checkin-url\" href=\"([^\"]+)\"");
        Assert.Matches("^https://checkin\\.example\\.jp/c/[A-Za-z0-9_-]+$", checkInUrl);
        Assert.Contains($"href=\"/staff/venues/{venueId}/poster\"", html, StringComparison.Ordinal);
        Assert.Contains(name, await operatorBrowser.PageAsync("/staff/venues"), StringComparison.Ordinal);
        var (poster, posterHtml) = await operatorBrowser.GetAsync($"/staff/venues/{venueId}/poster");
        Assert.Equal(HttpStatusCode.OK, poster.StatusCode);
        Assert.Contains(checkInUrl, posterHtml, StringComparison.Ordinal);

        using var otherBrowser = await SignedInAsync(StaffRoles.VenueOperator, otherOperator: true);
        Assert.DoesNotContain(name, await otherBrowser.PageAsync("/staff/venues"), StringComparison.Ordinal);
        var (forbidden, _) = await otherBrowser.GetAsync(venuePage);
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);

        using var officerBrowser = await SignedInAsync(StaffRoles.HealthOfficer);
        var officerList = await officerBrowser.PageAsync("/staff/venues");
        Assert.Contains(name, officerList, StringComparison.Ordinal);
        Assert.DoesNotContain("action=\"/staff/venues\"", officerList, StringComparison.Ordinal);
        var (notAllowed, _) = await officerBrowser.PostAsync("/staff/venues", new Dictionary<string, string> { ["name"] = "x", ["category"] = "x", ["address"] = "x" });
        Assert.Equal(HttpStatusCode.Forbidden, notAllowed.StatusCode);
    }

    [Fact]
    public async Task RegisterForm_MissingFields_ShowsTheErrors_AndRegistersNothing()
    {
        using var browser = await SignedInAsync(StaffRoles.MunicipalityAdmin);
        var before = CountVenueRows(await browser.PageAsync("/staff/venues?lang=en"));

        var (response, html) = await browser.PostAsync("/staff/venues?lang=en", new Dictionary<string, string>
        {
            ["name"] = "Half-filled venue",
            ["category"] = "",
            ["address"] = "  ",
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("role=\"alert\"", html, StringComparison.Ordinal);
        Assert.Contains("category: is required", html, StringComparison.Ordinal);
        Assert.Contains("address: is required", html, StringComparison.Ordinal);
        Assert.Contains("value=\"Half-filled venue\"", html, StringComparison.Ordinal);
        Assert.Equal(before, CountVenueRows(await browser.PageAsync("/staff/venues?lang=en")));
    }

    [Fact]
    public async Task VenuePage_ShowsCheckInsByLocalDayAndHour()
    {
        var venue = await fixture.CreateVenueAsync("Counted venue");
        using var visitor = fixture.Anonymous();
        await CheckInAsync(visitor, venue.Code, CheckInWebFixture.NewEmail("a"));
        await CheckInAsync(visitor, venue.Code, CheckInWebFixture.NewEmail("b"));
        var today = TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, s_tokyo).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        using var browser = await SignedInAsync(StaffRoles.HealthOfficer);
        var html = await browser.PageAsync($"/staff/venues/{venue.VenueId}");

        Assert.Equal("2", PageBrowser.Find(html, "id=\"visit-total\">([0-9]+)<"));
        Assert.Equal("2", PageBrowser.Find(html, $"<tr data-day=\"{today}\"><th scope=\"row\">{today}</th><td class=\"num total\">([0-9]+)</td>"));
        var countsCsv = PageBrowser.Find(html, "id=\"counts-csv\" href=\"([^\"]+)\"");
        var csv = await browser.Client.GetStringAsync(countsCsv, Cancel);
        Assert.Contains(today, csv, StringComparison.Ordinal);
        var visitsCsv = await browser.Client.GetStringAsync(PageBrowser.Find(html, "id=\"visits-csv\" href=\"([^\"]+)\""), Cancel);
        Assert.DoesNotContain("@example.jp", visitsCsv, StringComparison.Ordinal);
        Assert.Equal(3, visitsCsv.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);

        var (badPeriod, badHtml) = await browser.GetAsync($"/staff/venues/{venue.VenueId}?from=2026-13-01");
        Assert.Equal(HttpStatusCode.BadRequest, badPeriod.StatusCode);
        Assert.Contains("role=\"alert\"", badHtml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RotateCodeForm_OldCodeStopsWorking_NewCodeChecksIn()
    {
        var venue = await fixture.CreateVenueAsync("Rotated venue");
        using var browser = await SignedInAsync(StaffRoles.VenueOperator);
        await browser.PageAsync($"/staff/venues/{venue.VenueId}");

        var (rotated, _) = await browser.PostAsync($"/staff/venues/{venue.VenueId}/code", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Redirect, rotated.StatusCode);
        var html = await browser.PageAsync(rotated.Headers.Location!.OriginalString);
        var newUrl = new Uri(PageBrowser.Find(html, "id=\"checkin-url\" href=\"([^\"]+)\""));
        Assert.NotEqual(venue.CheckInUrl, newUrl.AbsolutePath);
        using var visitor = fixture.Anonymous();
        using (var old = await visitor.GetAsync(venue.CheckInUrl, Cancel))
        {
            Assert.Equal(HttpStatusCode.NotFound, old.StatusCode);
        }

        await CheckInAsync(visitor, newUrl.AbsolutePath["/c/".Length..], CheckInWebFixture.NewEmail("after-rotation"));
    }

    [Fact]
    public async Task RotateCodeApi_ReturnsTheNewCode_OldCodeIs404UnknownVenue()
    {
        var venue = await fixture.CreateVenueAsync("Rotated by API");
        using var owner = fixture.ClientFor(StaffRoles.VenueOperator);

        using var response = await owner.PostAsync($"/api/venues/{venue.VenueId}/code", null, Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = await response.ReadJsonAsync();
        var code = body.RootElement.GetProperty("code").GetString()!;
        Assert.NotEqual(venue.Code, code);
        Assert.Equal("/c/" + code, body.RootElement.GetProperty("checkInUrl").GetString());
        using var visitor = fixture.Anonymous();
        using var old = await visitor.PostJsonAsync("/api/checkins", new { code = venue.Code, email = CheckInWebFixture.NewEmail() });
        await old.AssertProblemAsync(HttpStatusCode.NotFound, "unknown_venue");
        await CheckInAsync(visitor, code, CheckInWebFixture.NewEmail());
    }

    [Fact]
    public async Task ExposureForm_HealthOfficerReports_SeesRecipientsAndMailProgress_RepeatSendsNothingNew()
    {
        var venue = await fixture.CreateVenueAsync("Exposed by page");
        using var visitor = fixture.Anonymous();
        var from = TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow.AddMinutes(-2), s_tokyo);
        var email = CheckInWebFixture.NewEmail("page-exposed");
        await CheckInAsync(visitor, venue.Code, email);
        var to = TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow.AddMinutes(2), s_tokyo);
        var form = new Dictionary<string, string> { ["from"] = Local(from), ["to"] = Local(to) };

        using var browser = await SignedInAsync(StaffRoles.HealthOfficer);
        await browser.PageAsync($"/staff/venues/{venue.VenueId}");
        var (reported, _) = await browser.PostAsync($"/staff/venues/{venue.VenueId}/exposures", form);

        Assert.Equal(HttpStatusCode.Redirect, reported.StatusCode);
        var exposurePage = reported.Headers.Location!.OriginalString;
        Assert.EndsWith("?done=reported", exposurePage, StringComparison.Ordinal);
        var html = await browser.PageAsync(exposurePage);
        Assert.Equal("1", PageBrowser.Find(html, "id=\"recipients\">([0-9]+)<"));
        await Eventually.TrueAsync(
            async () => PageBrowser.Find(await browser.PageAsync(exposurePage), "id=\"sent\">([0-9]+)<") == "1",
            "the page shows the warning as sent");
        Assert.Single(fixture.Smtp.MessagesTo(email));

        await browser.PageAsync($"/staff/venues/{venue.VenueId}");
        var (again, _) = await browser.PostAsync($"/staff/venues/{venue.VenueId}/exposures", form);
        Assert.Equal(exposurePage.Split('?')[0] + "?done=repeated", again.Headers.Location!.OriginalString);
        var venueHtml = await browser.PageAsync($"/staff/venues/{venue.VenueId}");
        Assert.Contains($"href=\"{exposurePage.Split('?')[0]}\"", venueHtml, StringComparison.Ordinal);
        Assert.Single(fixture.Smtp.MessagesTo(email));
    }

    [Fact]
    public async Task ExposureForm_ReversedOrMissingWindow_ShowsTheError_AndReportsNothing()
    {
        var venue = await fixture.CreateVenueAsync("Not exposed");
        using var browser = await SignedInAsync(StaffRoles.HealthOfficer);
        await browser.PageAsync($"/staff/venues/{venue.VenueId}");
        var now = TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, s_tokyo);

        var (reversed, html) = await browser.PostAsync($"/staff/venues/{venue.VenueId}/exposures", new Dictionary<string, string>
        {
            ["from"] = Local(now),
            ["to"] = Local(now.AddHours(-1)),
        });
        var (missing, missingHtml) = await browser.PostAsync($"/staff/venues/{venue.VenueId}/exposures", new Dictionary<string, string> { ["from"] = "yesterday", ["to"] = "" });

        Assert.Equal(HttpStatusCode.BadRequest, reversed.StatusCode);
        Assert.Contains("role=\"alert\"", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.Contains("role=\"alert\"", missingHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"exposures\"", await browser.PageAsync($"/staff/venues/{venue.VenueId}"), StringComparison.Ordinal);
    }

    private static string Local(DateTimeOffset at) => at.ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture);

    private static int CountVenueRows(string html) => html.Split("<tr><td><a href=\"/staff/venues/").Length - 1;

    private static async Task CheckInAsync(HttpClient visitor, string code, string email)
    {
        using var response = await visitor.PostJsonAsync("/api/checkins", new { code, email });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    private async Task<PageBrowser> SignedInAsync(string role, bool otherOperator = false)
    {
        var browser = new PageBrowser(fixture.Factory);
        await browser.PageAsync("/signin");
        var (signedIn, _) = await browser.PostAsync("/signin", new Dictionary<string, string>
        {
            ["username"] = (otherOperator ? "other-" : "") + WebFixture.UsernameFor(fixture.Tenant, role),
            ["password"] = WebFixture.StaffPassword,
            ["returnUrl"] = "/staff/venues",
        });
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        return browser;
    }
}
