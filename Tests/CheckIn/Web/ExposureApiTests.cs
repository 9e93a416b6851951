using System.Globalization;
using System.Net;
using System.Text.Json;
using CheckIn.Grains.Interfaces.Tenants;
using CheckIn.Tests.Infrastructure;
using CheckIn.Tests.Web;

namespace CheckIn.Tests.CheckIn.Web;

/// <summary>Exposure reports through HTTP, end to end to a real SMTP server: one warning per visitor in the
/// window, none to anyone outside it, the same exposure for a repeated report, and the progress counts.</summary>
[Collection(CheckInWebCollection.Name)]
public sealed class ExposureApiTests(CheckInWebFixture fixture)
{
    private static readonly TimeSpan s_deadline = TimeSpan.FromSeconds(60);

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Exposure_ReportedThroughHttp_ExactlyOneWarningPerVisitorInWindow()
    {
        var venue = await fixture.CreateVenueAsync("喫茶 みなと");
        var elsewhere = await fixture.CreateVenueAsync("Other venue");
        using var visitor = fixture.Anonymous();
        var (inside, twice, otherVenue, after) =
            (CheckInWebFixture.NewEmail("inside"), CheckInWebFixture.NewEmail("twice"), CheckInWebFixture.NewEmail("other"), CheckInWebFixture.NewEmail("after"));

        var from = DateTimeOffset.UtcNow.AddMinutes(-5);
        await CheckInAsync(visitor, venue.Code, inside, HttpStatusCode.Created);
        await CheckInAsync(visitor, venue.Code, twice, HttpStatusCode.Created);
        await CheckInAsync(visitor, venue.Code, twice, HttpStatusCode.OK);
        await CheckInAsync(visitor, elsewhere.Code, otherVenue, HttpStatusCode.Created);
        var to = await LastCheckInAtAsync(venue.VenueId);
        var windowEnd = to.AddMilliseconds(1);
        // The grace period is zero in this fixture: a check-in after the window's end is not exposed.
        await Eventually.TrueAsync(() => DateTimeOffset.UtcNow > windowEnd.AddMilliseconds(5), "the clock passed the window");
        await CheckInAsync(visitor, venue.Code, after, HttpStatusCode.Created);

        using var officer = fixture.ClientFor(StaffRoles.HealthOfficer);
        var report = new { from = from.ToString("O", CultureInfo.InvariantCulture), to = windowEnd.ToString("O", CultureInfo.InvariantCulture) };
        using var reported = await officer.PostJsonAsync($"/api/venues/{venue.VenueId}/exposures", report);
        var body = await reported.Content.ReadAsStringAsync(Cancel);
        Assert.True(reported.StatusCode == HttpStatusCode.Accepted, body);
        using var receipt = JsonDocument.Parse(body);
        var exposureId = receipt.RootElement.GetProperty("exposureId").GetString()!;
        Assert.Equal(2, receipt.RootElement.GetProperty("recipients").GetInt32());

        await WaitForSentAsync(officer, exposureId, 2);
        fixture.Smtp.AssertExactlyOneWarningEach([inside, twice], [otherVenue, after]);
        Assert.Contains("喫茶 みなと", Assert.Single(fixture.Smtp.MessagesTo(inside)).Body, StringComparison.Ordinal);

        using var again = await officer.PostJsonAsync($"/api/venues/{venue.VenueId}/exposures", report);
        Assert.Equal(HttpStatusCode.Accepted, again.StatusCode);
        using var second = await again.ReadJsonAsync();
        Assert.Equal(exposureId, second.RootElement.GetProperty("exposureId").GetString());
        var progress = await WaitForSentAsync(officer, exposureId, 2);
        Assert.Equal((2, 2, 0), (progress.GetProperty("recipients").GetInt32(), progress.GetProperty("sent").GetInt32(), progress.GetProperty("failed").GetInt32()));
        fixture.Smtp.AssertExactlyOneWarningEach([inside, twice], [otherVenue, after]);
    }

    [Fact]
    public async Task Exposure_ReversedWindow_400InvalidWindow()
    {
        var venue = await fixture.CreateVenueAsync();
        using var officer = fixture.ClientFor(StaffRoles.HealthOfficer);

        using var response = await officer.PostJsonAsync($"/api/venues/{venue.VenueId}/exposures", new { from = "2026-01-02T10:00:00+09:00", to = "2026-01-02T09:00:00+09:00" });

        await response.AssertProblemAsync(HttpStatusCode.BadRequest, "invalid_window");
    }

    [Fact]
    public async Task Exposure_MissingWindow_400ValidationFailed()
    {
        var venue = await fixture.CreateVenueAsync();
        using var officer = fixture.ClientFor(StaffRoles.HealthOfficer);

        using var response = await officer.PostJsonAsync($"/api/venues/{venue.VenueId}/exposures", new { from = "2026-01-02T10:00:00+09:00" });

        await response.AssertProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
    }

    [Fact]
    public async Task Exposure_UnknownId_404UnknownExposure()
    {
        using var officer = fixture.ClientFor(StaffRoles.HealthOfficer);

        using var response = await officer.GetAsync("/api/exposures/nosuchexposure", Cancel);

        await response.AssertProblemAsync(HttpStatusCode.NotFound, "unknown_exposure");
    }

    private static async Task CheckInAsync(HttpClient client, string code, string email, HttpStatusCode expected)
    {
        using var response = await client.PostJsonAsync("/api/checkins", new { code, email });
        Assert.Equal(expected, response.StatusCode);
    }

    private async Task<DateTimeOffset> LastCheckInAtAsync(string venueId)
    {
        using var staff = fixture.ClientFor(StaffRoles.HealthOfficer);
        using var response = await staff.GetAsync($"/api/venues/{venueId}/visits", Cancel);
        using var json = await response.ReadJsonAsync();
        return json.RootElement.GetProperty("visits").EnumerateArray().Max(static v => v.GetProperty("at").GetDateTimeOffset());
    }

    private static async Task<JsonElement> WaitForSentAsync(HttpClient officer, string exposureId, int sent)
    {
        var until = DateTime.UtcNow + s_deadline;
        while (true)
        {
            using var response = await officer.GetAsync($"/api/exposures/{exposureId}", Cancel);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            using var json = await response.ReadJsonAsync();
            var progress = json.RootElement.Clone();
            if (progress.GetProperty("sent").GetInt32() >= sent)
            {
                return progress;
            }

            Assert.True(DateTime.UtcNow < until, $"Timed out waiting for {sent} warnings sent: {progress}");
            await Task.Delay(50, Cancel);
        }
    }
}
