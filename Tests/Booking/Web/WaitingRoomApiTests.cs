using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CheckIn.Tests.Web;

namespace CheckIn.Tests.Booking.Web;

/// <summary>The waiting room during the opening minutes: sign-in and reservation need a signed admission,
/// places are admitted in arrival order at the configured rate (here one at the opening, then one a second),
/// and no crafted, foreign or expired token gets anyone in.</summary>
[Collection(WaitingRoomCollection.Name)]
public sealed class WaitingRoomApiTests(WaitingRoomFixture fixture)
{
    [Fact]
    public async Task WaitingRoom_AdmitsPlacesInArrivalOrderAtTheConfiguredRate()
    {
        var campaign = await OpeningSoonAsync();
        using var client = fixture.Factory.CreateApiClient();
        var places = new List<JsonElement>();
        for (var i = 0; i < 3; i++)
        {
            places.Add(await EnterAsync(client, campaign));
        }

        Assert.Equal([1L, 2L, 3L], places.Select(static p => p.GetProperty("position").GetInt64()));
        Assert.All(places, static p => Assert.False(p.GetProperty("admitted").GetBoolean()));
        Assert.All(places, static p => Assert.Equal(JsonValueKind.Null, p.GetProperty("admissionToken").ValueKind));

        fixture.Clock.Advance(TimeSpan.FromMinutes(10));
        var admitted1 = await AdmittedAsync(client, campaign, places);
        Assert.Equal(new[] { true, false, false }, admitted1);

        fixture.Clock.Advance(TimeSpan.FromSeconds(1));
        var admitted2 = await AdmittedAsync(client, campaign, places);
        Assert.Equal(new[] { true, true, false }, admitted2);

        fixture.Clock.Advance(TimeSpan.FromSeconds(1));
        var admitted3 = await AdmittedAsync(client, campaign, places);
        Assert.Equal(new[] { true, true, true }, admitted3);
    }

    [Fact]
    public async Task SignInAndReservation_DuringOpeningMinutes_NeedAValidAdmission()
    {
        var campaign = await OpeningSoonAsync();
        var other = await OpeningSoonAsync();
        var voucher = await campaign.NewVoucherAsync();
        using var client = fixture.Factory.CreateApiClient();
        var place = await EnterAsync(client, campaign);
        var foreignPlace = await EnterAsync(client, other);
        fixture.Clock.Advance(TimeSpan.FromMinutes(10));
        var admitted = await StatusAsync(client, campaign, place.GetProperty("ticket").GetString()!);
        var foreignAdmitted = await StatusAsync(client, other, foreignPlace.GetProperty("ticket").GetString()!);
        var admission = admitted.GetProperty("admissionToken").GetString()!;
        Assert.True(admitted.GetProperty("admitted").GetBoolean());

        using var without = await SignInAsync(client, campaign, voucher, null);
        using var forged = await SignInAsync(client, campaign, voucher, admission[..^4] + "AAAA");
        using var ticketInstead = await SignInAsync(client, campaign, voucher, place.GetProperty("ticket").GetString());
        using var foreign = await SignInAsync(client, campaign, voucher, foreignAdmitted.GetProperty("admissionToken").GetString());
        using var reservationWithout = await client.SendAsync(campaign.Reserve("any-session", campaign.Day1Slots[0]), TestContext.Current.CancellationToken);
        using var signedIn = await SignInAsync(client, campaign, voucher, admission);

        var problem = await without.AssertProblemAsync(HttpStatusCode.Forbidden, "admission_required");
        Assert.Equal($"/api/campaigns/{campaign.CampaignId}/waiting-room", problem.GetProperty("waitingRoom").GetString());
        await forged.AssertProblemAsync(HttpStatusCode.Forbidden, "admission_required");
        await ticketInstead.AssertProblemAsync(HttpStatusCode.Forbidden, "admission_required");
        await foreign.AssertProblemAsync(HttpStatusCode.Forbidden, "admission_required");
        await reservationWithout.AssertProblemAsync(HttpStatusCode.Forbidden, "admission_required");
        Assert.Equal(HttpStatusCode.OK, signedIn.StatusCode);

        var session = (await signedIn.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken)).GetProperty("sessionToken").GetString()!;
        using var reserveWithout = await client.SendAsync(campaign.Reserve(session, campaign.Day1Slots[0]), TestContext.Current.CancellationToken);
        using var reserve = campaign.Reserve(session, campaign.Day1Slots[0]);
        reserve.Headers.Add("X-Admission-Token", admission);
        using var reserved = await client.SendAsync(reserve, TestContext.Current.CancellationToken);
        await reserveWithout.AssertProblemAsync(HttpStatusCode.Forbidden, "admission_required");
        Assert.Equal(HttpStatusCode.Created, reserved.StatusCode);
    }

    [Fact]
    public async Task Admission_Expired_IsRefused()
    {
        var campaign = await OpeningSoonAsync();
        var voucher = await campaign.NewVoucherAsync();
        using var client = fixture.Factory.CreateApiClient();
        var place = await EnterAsync(client, campaign);
        fixture.Clock.Advance(TimeSpan.FromMinutes(10));
        var admission = (await StatusAsync(client, campaign, place.GetProperty("ticket").GetString()!)).GetProperty("admissionToken").GetString();

        fixture.Clock.Advance(TimeSpan.FromMinutes(21));
        using var response = await SignInAsync(client, campaign, voucher, admission);

        await response.AssertProblemAsync(HttpStatusCode.Forbidden, "admission_required");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("v1.eyJleHAiOjk5OTk5OTk5OTksImRhdGEiOnsiY2FtcGFpZ25JZCI6ImMiLCJwb3NpdGlvbiI6MX19.AAAA")]
    public async Task Status_MissingOrForgedTicket_Returns400InvalidTicket(string? ticket)
    {
        var campaign = await OpeningSoonAsync();
        using var client = fixture.Factory.CreateApiClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, $"{campaign.Api}/waiting-room");
        if (ticket is not null)
        {
            request.Headers.Add("X-Waiting-Room-Ticket", ticket);
        }

        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);

        await response.AssertProblemAsync(HttpStatusCode.BadRequest, "invalid_ticket");
    }

    [Fact]
    public async Task AfterTheOpeningMinutes_NoAdmissionIsNeeded()
    {
        var campaign = await OpeningSoonAsync();
        var voucher = await campaign.NewVoucherAsync();
        using var client = fixture.Factory.CreateApiClient();

        fixture.Clock.Advance(TimeSpan.FromMinutes(75));
        var place = await EnterAsync(client, campaign);
        using var response = await SignInAsync(client, campaign, voucher, null);

        Assert.False(place.GetProperty("active").GetBoolean());
        Assert.True(place.GetProperty("admitted").GetBoolean());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    /// <summary>A published campaign opening ten minutes from the clock's now: within the waiting room's hour before.</summary>
    private async Task<HttpCampaign> OpeningSoonAsync()
    {
        var staff = await fixture.StaffAsync();
        return await HttpCampaign.CreateAsync(staff, fixture.Tenant, opensAt: fixture.Clock.GetUtcNow().AddMinutes(10));
    }

    private static async Task<JsonElement> EnterAsync(HttpClient client, HttpCampaign campaign)
    {
        using var response = await client.PostAsync($"{campaign.Api}/waiting-room", null, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
    }

    private static async Task<JsonElement> StatusAsync(HttpClient client, HttpCampaign campaign, string ticket)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"{campaign.Api}/waiting-room");
        request.Headers.Add("X-Waiting-Room-Ticket", ticket);
        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
    }

    private static async Task<bool[]> AdmittedAsync(HttpClient client, HttpCampaign campaign, IEnumerable<JsonElement> places)
    {
        var admitted = new List<bool>();
        foreach (var place in places)
        {
            var status = await StatusAsync(client, campaign, place.GetProperty("ticket").GetString()!);
            admitted.Add(status.GetProperty("admitted").GetBoolean());
            Assert.Equal(status.GetProperty("admitted").GetBoolean(), status.GetProperty("admissionToken").ValueKind == JsonValueKind.String);
        }

        return [.. admitted];
    }

    private static Task<HttpResponseMessage> SignInAsync(HttpClient client, HttpCampaign campaign, string voucher, string? admission)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"{campaign.Api}/sessions") { Content = JsonContent.Create(new { voucherNumber = voucher, birthDate = HttpCampaign.BirthDate }) };
        if (admission is not null)
        {
            request.Headers.Add("X-Admission-Token", admission);
        }

        return client.SendAsync(request, TestContext.Current.CancellationToken);
    }
}
