using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CheckIn.Tests.Web;

namespace CheckIn.Tests.Booking.Web;

/// <summary>Campaigns, sites and slots through the API: the contract's answers, bad input of every kind as
/// a 4xx problem that changes nothing, and publication once the sanity check passes.</summary>
[Collection(BookingWebCollection.Name)]
public sealed class CampaignSetupApiTests(BookingWebFixture fixture)
{
    [Fact]
    public async Task CreateCampaign_ValidBody_Returns201WithCampaignId_AndAddingSlotsPublishesIt()
    {
        using var staff = fixture.Staff();

        var campaign = await HttpCampaign.CreateAsync(staff, fixture.Tenant);

        using var response = await staff.GetAsync(campaign.Api, TestContext.Current.CancellationToken);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("published", body.GetProperty("status").GetString());
        Assert.Equal(fixture.Tenant, body.GetProperty("tenant").GetString());
        Assert.Equal("+09:00", body.GetProperty("utcOffset").GetString());
        Assert.Equal(4, body.GetProperty("slotCount").GetInt32());
    }

    [Theory]
    [InlineData("{}", "name")]
    [InlineData("""{"name":"x","opensAt":"2030-01-01T09:00:00","doseIntervalDays":21}""", "opensAt")]
    [InlineData("""{"name":"x","opensAt":"tomorrow","doseIntervalDays":21}""", "opensAt")]
    [InlineData("""{"name":"x","opensAt":"2030-01-01T09:00:00+09:00"}""", "doseIntervalDays")]
    [InlineData("""{"name":"x","opensAt":"2030-01-01T09:00:00+09:00","doseIntervalDays":366}""", "doseIntervalDays")]
    [InlineData("""{"name":"x","opensAt":"2030-01-01T09:00:00+09:00","doseIntervalDays":-1}""", "doseIntervalDays")]
    [InlineData("""{"name":"  ","opensAt":"2030-01-01T09:00:00+09:00","doseIntervalDays":21}""", "name")]
    [InlineData("""{"name":"x","opensAt":"2030-01-01T09:00:00+09:00","doseIntervalDays":21,"utcOffset":"+15:00"}""", "utcOffset")]
    public async Task CreateCampaign_InvalidField_Returns400ValidationFailedNamingIt(string json, string field)
    {
        using var staff = fixture.Staff();

        using var response = await staff.PostRawAsync($"/api/tenants/{fixture.Tenant}/campaigns", json);

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
    }

    [Theory]
    [InlineData("", "application/json", HttpStatusCode.BadRequest, "missing_body")]
    [InlineData("{\"name\":", "application/json", HttpStatusCode.BadRequest, "invalid_json")]
    [InlineData("""{"name":"x","opensAt":"2030-01-01T09:00:00+09:00","doseIntervalDays":"three weeks"}""", "application/json", HttpStatusCode.BadRequest, "invalid_json")]
    [InlineData("name=x", "application/x-www-form-urlencoded", HttpStatusCode.UnsupportedMediaType, "unsupported_media_type")]
    public async Task CreateCampaign_MalformedRequest_Returns4xxProblem(string body, string contentType, HttpStatusCode status, string code)
    {
        using var staff = fixture.Staff();

        using var response = await staff.PostRawAsync($"/api/tenants/{fixture.Tenant}/campaigns", body, contentType);

        await response.AssertProblemAsync(status, code);
    }

    [Fact]
    public async Task AddSite_MissingAddress_Returns400_AndAddsNothing()
    {
        using var staff = fixture.Staff();
        var campaign = await HttpCampaign.CreateAsync(staff, fixture.Tenant);

        using var response = await staff.PostJsonAsync($"{campaign.Api}/sites", new { name = "Gym" });

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        Assert.True(problem.GetProperty("errors").TryGetProperty("address", out _));
        var info = await staff.GetFromJsonAsync<JsonElement>(campaign.Api, TestContext.Current.CancellationToken);
        Assert.Single(info.GetProperty("sites").EnumerateArray());
    }

    [Theory]
    [InlineData("""{"date":"2030-01-01","times":["09:00"],"capacity":0}""", "capacity")]
    [InlineData("""{"date":"2030-01-01","times":["09:00"],"capacity":10001}""", "capacity")]
    [InlineData("""{"date":"2030-01-01","times":["9:00"],"capacity":5}""", "times")]
    [InlineData("""{"date":"2030-01-01","times":["24:00"],"capacity":5}""", "times")]
    [InlineData("""{"date":"2030-01-01","times":["09:00","09:00"],"capacity":5}""", "times")]
    [InlineData("""{"date":"2030-01-01","times":[],"capacity":5}""", "times")]
    [InlineData("""{"date":"2030-02-30","times":["09:00"],"capacity":5}""", "date")]
    [InlineData("""{"date":"01/02/2030","times":["09:00"],"capacity":5}""", "date")]
    [InlineData("""{"times":["09:00"],"capacity":5}""", "date")]
    public async Task AddSlots_InvalidField_Returns400NamingIt_AndAddsNothing(string json, string field)
    {
        using var staff = fixture.Staff();
        var campaign = await HttpCampaign.CreateAsync(staff, fixture.Tenant);

        using var response = await staff.PostRawAsync($"{campaign.Api}/sites/{campaign.SiteId}/slots", json);

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
        var info = await staff.GetFromJsonAsync<JsonElement>(campaign.Api, TestContext.Current.CancellationToken);
        Assert.Equal(4, info.GetProperty("slotCount").GetInt32());
    }

    [Fact]
    public async Task AddSlots_Returns201WithSlotIdStartAndCapacity_AndTheSameRequestAgainReturnsTheSameSlots()
    {
        using var staff = fixture.Staff();
        var campaign = await HttpCampaign.CreateAsync(staff, fixture.Tenant);
        var date = campaign.Day1.AddDays(1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        using var first = await staff.PostJsonAsync($"{campaign.Api}/sites/{campaign.SiteId}/slots", new { date, times = new[] { "09:30", "14:00" }, capacity = 40 });
        using var again = await staff.PostJsonAsync($"{campaign.Api}/sites/{campaign.SiteId}/slots", new { date, times = new[] { "09:30", "14:00" }, capacity = 40 });

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        var body = await first.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        var slots = body.GetProperty("slots").EnumerateArray().ToList();
        Assert.Equal(2, slots.Count);
        Assert.Equal(40, slots[0].GetProperty("capacity").GetInt32());
        Assert.Equal(new DateTimeOffset(campaign.Day1.AddDays(1).ToDateTime(new TimeOnly(9, 30)), TimeSpan.FromHours(9)), slots[0].GetProperty("start").GetDateTimeOffset());
        Assert.EndsWith("+09:00", slots[0].GetProperty("start").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Created, again.StatusCode);
        var repeated = (await again.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken)).GetProperty("slots").EnumerateArray().Select(static s => s.GetProperty("slotId").GetString());
        Assert.Equal(slots.Select(static s => s.GetProperty("slotId").GetString()), repeated);
    }

    [Fact]
    public async Task AddSlots_ExistingSlotWithAnotherCapacity_Returns409SlotExists()
    {
        using var staff = fixture.Staff();
        var campaign = await HttpCampaign.CreateAsync(staff, fixture.Tenant, capacity: 5);

        using var response = await staff.PostJsonAsync($"{campaign.Api}/sites/{campaign.SiteId}/slots", new
        {
            date = campaign.Day1.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            times = new[] { "10:00" },
            capacity = 50,
        });

        await response.AssertProblemAsync(HttpStatusCode.Conflict, "slot_exists");
    }

    [Theory]
    [InlineData("s00000000")]
    [InlineData("not%2Fan-id")]
    public async Task AddSlots_UnknownSite_Returns404UnknownSite(string siteId)
    {
        using var staff = fixture.Staff();
        var campaign = await HttpCampaign.CreateAsync(staff, fixture.Tenant);

        using var response = await staff.PostJsonAsync($"{campaign.Api}/sites/{siteId}/slots", new { date = "2030-01-01", times = new[] { "09:00" }, capacity = 5 });

        await response.AssertProblemAsync(HttpStatusCode.NotFound, "unknown_site");
    }

    [Theory]
    [InlineData("c0000000000000000000000000000000")]
    [InlineData("bad.id")]
    public async Task CampaignEndpoints_UnknownCampaign_Return404UnknownCampaign(string campaignId)
    {
        using var staff = fixture.Staff();

        using var site = await staff.PostJsonAsync($"/api/campaigns/{campaignId}/sites", new { name = "Gym", address = "2-2" });
        using var availability = await staff.GetAsync($"/api/campaigns/{campaignId}/availability?date=2030-01-01", TestContext.Current.CancellationToken);
        using var session = await staff.PostJsonAsync($"/api/campaigns/{campaignId}/sessions", new { voucherNumber = "1234567890", birthDate = "1960-01-01" });

        await site.AssertProblemAsync(HttpStatusCode.NotFound, "unknown_campaign");
        await availability.AssertProblemAsync(HttpStatusCode.NotFound, "unknown_campaign");
        await session.AssertProblemAsync(HttpStatusCode.NotFound, "unknown_campaign");
    }

    [Fact]
    public async Task AddSlots_CapacityOverTheSanityLimit_LeavesTheCampaignADraftWithTheReason_AndBookingIsNotOpen()
    {
        using var staff = fixture.Staff();
        var campaign = await HttpCampaign.CreateAsync(staff, fixture.Tenant, capacity: 6000, interval: 0);
        using var resident = fixture.Anonymous();
        var token = await campaign.NewResidentAsync(resident);

        var info = await staff.GetFromJsonAsync<JsonElement>(campaign.Api, TestContext.Current.CancellationToken);
        using var publish = await staff.PostAsync($"{campaign.Api}/publish", null, TestContext.Current.CancellationToken);
        using var booking = await resident.SendAsync(campaign.Reserve(token, campaign.Day1Slots[0]), TestContext.Current.CancellationToken);

        Assert.Equal("draft", info.GetProperty("status").GetString());
        Assert.Contains(info.GetProperty("problems").EnumerateArray(), p => p.GetProperty("code").GetString() == "slot_capacity_over_limit");
        var problem = await publish.AssertProblemAsync(HttpStatusCode.UnprocessableEntity, "sanity_check_failed");
        Assert.Contains("MaxSlotCapacity", problem.GetProperty("title").GetString(), StringComparison.Ordinal);
        await booking.AssertProblemAsync(HttpStatusCode.Forbidden, "not_open");
    }

    [Fact]
    public async Task StaffOfAnotherTenant_GetsForbidden_AndNothingChanges()
    {
        using var staff = fixture.Staff();
        var campaign = await HttpCampaign.CreateAsync(staff, fixture.Tenant);
        using var other = fixture.WithBearer(fixture.OtherAdminToken);

        using var site = await other.PostJsonAsync($"{campaign.Api}/sites", new { name = "Intruder", address = "9-9" });
        using var vouchers = await other.PostAsync($"{campaign.Api}/vouchers", new StringContent("1234567890,1960-01-01", System.Text.Encoding.UTF8, "text/csv"), TestContext.Current.CancellationToken);

        await site.AssertProblemAsync(HttpStatusCode.Forbidden, "forbidden");
        await vouchers.AssertProblemAsync(HttpStatusCode.Forbidden, "forbidden");
        var info = await staff.GetFromJsonAsync<JsonElement>(campaign.Api, TestContext.Current.CancellationToken);
        Assert.Single(info.GetProperty("sites").EnumerateArray());
    }
}
