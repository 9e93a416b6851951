using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CheckIn.Tests.Web;

namespace CheckIn.Tests.Booking.Web;

/// <summary>The public availability feed: no sign-in, a short Cache-Control, the contract's members, and free
/// seats that follow bookings within seconds.</summary>
[Collection(BookingWebCollection.Name)]
public sealed class AvailabilityApiTests(BookingWebFixture fixture)
{
    [Fact]
    public async Task Availability_Anonymous_Returns200WithEverySlotOfTheDate_AndAShortPublicMaxAge()
    {
        using var staff = fixture.Staff();
        var campaign = await HttpCampaign.CreateAsync(staff, fixture.Tenant, capacity: 7);
        using var anonymous = fixture.Anonymous();

        using var response = await anonymous.GetAsync($"{campaign.Api}/availability?date={campaign.Day1:yyyy-MM-dd}", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.CacheControl?.Public);
        Assert.InRange(response.Headers.CacheControl?.MaxAge ?? TimeSpan.MaxValue, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(10));
        var slots = (await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken)).GetProperty("slots").EnumerateArray().ToList();
        Assert.Equal(campaign.Day1Slots, slots.Select(static s => s.GetProperty("slotId").GetString()));
        Assert.All(slots, s =>
        {
            Assert.Equal(campaign.SiteId, s.GetProperty("siteId").GetString());
            Assert.Equal(7, s.GetProperty("capacity").GetInt32());
            Assert.Equal(7, s.GetProperty("remaining").GetInt32());
            Assert.EndsWith("+09:00", s.GetProperty("start").GetString(), StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task Availability_AfterABooking_ShowsOneSeatLessWithinSeconds()
    {
        using var staff = fixture.Staff();
        var campaign = await HttpCampaign.CreateAsync(staff, fixture.Tenant, capacity: 4);
        using var resident = fixture.Anonymous();
        var token = await campaign.NewResidentAsync(resident);
        using var booked = await resident.SendAsync(campaign.Reserve(token, campaign.Day1Slots[0]), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Created, booked.StatusCode);

        await Until.TrueAsync(
            async () =>
            {
                var body = await resident.GetFromJsonAsync<JsonElement>($"{campaign.Api}/availability?date={campaign.Day1:yyyy-MM-dd}&siteId={campaign.SiteId}", TestContext.Current.CancellationToken);
                return body.GetProperty("slots").EnumerateArray().Single(s => s.GetProperty("slotId").GetString() == campaign.Day1Slots[0]).GetProperty("remaining").GetInt32() == 3;
            },
            "the feed shows the booked seat",
            TimeSpan.FromSeconds(30));
    }

    [Theory]
    [InlineData("", "validation_failed", HttpStatusCode.BadRequest)]
    [InlineData("?date=2030-13-01", "validation_failed", HttpStatusCode.BadRequest)]
    [InlineData("?date=tomorrow", "validation_failed", HttpStatusCode.BadRequest)]
    [InlineData("?date=2030-01-01&siteId=s00000000", "unknown_site", HttpStatusCode.NotFound)]
    public async Task Availability_BadQuery_Returns4xx(string query, string code, HttpStatusCode status)
    {
        using var staff = fixture.Staff();
        var campaign = await HttpCampaign.CreateAsync(staff, fixture.Tenant);
        using var anonymous = fixture.Anonymous();

        using var response = await anonymous.GetAsync($"{campaign.Api}/availability{query}", TestContext.Current.CancellationToken);

        await response.AssertProblemAsync(status, code);
    }
}
