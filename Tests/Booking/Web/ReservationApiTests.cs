using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CheckIn.Tests.Web;

namespace CheckIn.Tests.Booking.Web;

/// <summary>Reservations through the API: the contract's 201 body, every refusal with its status and code,
/// Idempotency-Key, the resident's list, and cancellation that frees both doses' seats.</summary>
[Collection(BookingWebCollection.Name)]
public sealed class ReservationApiTests(BookingWebFixture fixture)
{
    [Fact]
    public async Task Reserve_FreeSlot_Returns201WithDose1AttendanceCodeAndSecondDoseAfterTheInterval()
    {
        using var staff = fixture.Staff();
        var campaign = await HttpCampaign.CreateAsync(staff, fixture.Tenant);
        using var resident = fixture.Anonymous();
        var token = await campaign.NewResidentAsync(resident);

        using var response = await resident.SendAsync(campaign.Reserve(token, campaign.Day1Slots[1]), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        Assert.Equal(campaign.Day1Slots[1], body.GetProperty("slotId").GetString());
        Assert.Equal(1, body.GetProperty("dose").GetInt32());
        Assert.Matches("^[0-9]{8}$", body.GetProperty("attendanceCode").GetString());
        Assert.Equal(new DateTimeOffset(campaign.Day1.ToDateTime(new TimeOnly(11, 0)), TimeSpan.FromHours(9)), body.GetProperty("start").GetDateTimeOffset());
        var second = body.GetProperty("secondDose");
        Assert.Equal(campaign.Day2Slots[1], second.GetProperty("slotId").GetString());
        Assert.Equal(new DateTimeOffset(campaign.Day2.ToDateTime(new TimeOnly(11, 0)), TimeSpan.FromHours(9)), second.GetProperty("start").GetDateTimeOffset());
        Assert.NotEqual(body.GetProperty("reservationId").GetString(), second.GetProperty("reservationId").GetString());
    }

    [Fact]
    public async Task Reserve_CampaignCreatedWithOpensAtInThePast_IsOpenNowAndReturns201()
    {
        using var staff = fixture.Staff();
        var campaign = await HttpCampaign.CreateAsync(staff, fixture.Tenant, opensAt: DateTimeOffset.UtcNow.AddDays(-1));
        using var resident = fixture.Anonymous();
        var token = await campaign.NewResidentAsync(resident);

        using var response = await resident.SendAsync(campaign.Reserve(token, campaign.Day1Slots[0]), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        using var status = await staff.GetAsync(campaign.Api, TestContext.Current.CancellationToken);
        var body = await status.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        Assert.Equal("published", body.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Reserve_SingleDoseCampaign_SecondDoseIsNull()
    {
        using var staff = fixture.Staff();
        var campaign = await HttpCampaign.CreateAsync(staff, fixture.Tenant, interval: 0);
        using var resident = fixture.Anonymous();
        var token = await campaign.NewResidentAsync(resident);

        using var response = await resident.SendAsync(campaign.Reserve(token, campaign.Day1Slots[0]), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        Assert.Equal(JsonValueKind.Null, body.GetProperty("secondDose").ValueKind);
    }

    [Fact]
    public async Task Reserve_BeforeOpensAt_Returns403NotOpen()
    {
        using var staff = fixture.Staff();
        var campaign = await HttpCampaign.CreateAsync(staff, fixture.Tenant, opensAt: DateTimeOffset.UtcNow.AddDays(1), daysAhead: 3);
        using var resident = fixture.Anonymous();
        var token = await campaign.NewResidentAsync(resident);

        using var response = await resident.SendAsync(campaign.Reserve(token, campaign.Day1Slots[0]), TestContext.Current.CancellationToken);

        await response.AssertProblemAsync(HttpStatusCode.Forbidden, "not_open");
    }

    [Fact]
    public async Task Reserve_FullSlot_Returns409SlotFull_AndTheFirstKeepsTheSeat()
    {
        using var staff = fixture.Staff();
        var campaign = await HttpCampaign.CreateAsync(staff, fixture.Tenant, capacity: 1);
        using var resident = fixture.Anonymous();
        var first = await campaign.NewResidentAsync(resident);
        var second = await campaign.NewResidentAsync(resident);
        using var booked = await resident.SendAsync(campaign.Reserve(first, campaign.Day1Slots[0]), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Created, booked.StatusCode);

        using var response = await resident.SendAsync(campaign.Reserve(second, campaign.Day1Slots[0]), TestContext.Current.CancellationToken);

        await response.AssertProblemAsync(HttpStatusCode.Conflict, "slot_full");
        var summary = await staff.GetFromJsonAsync<JsonElement>($"{campaign.Api}/slots/{campaign.Day1Slots[0]}", TestContext.Current.CancellationToken);
        Assert.Equal((1, 1, 0), (summary.GetProperty("capacity").GetInt32(), summary.GetProperty("booked").GetInt32(), summary.GetProperty("attended").GetInt32()));
    }

    [Fact]
    public async Task Reserve_WhileHoldingADose1Booking_Returns409AlreadyBooked()
    {
        using var staff = fixture.Staff();
        var campaign = await HttpCampaign.CreateAsync(staff, fixture.Tenant);
        using var resident = fixture.Anonymous();
        var token = await campaign.NewResidentAsync(resident);
        using var booked = await resident.SendAsync(campaign.Reserve(token, campaign.Day1Slots[0]), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Created, booked.StatusCode);

        using var response = await resident.SendAsync(campaign.Reserve(token, campaign.Day1Slots[1]), TestContext.Current.CancellationToken);

        await response.AssertProblemAsync(HttpStatusCode.Conflict, "already_booked");
    }

    [Fact]
    public async Task Reserve_NoFreeSecondDoseSlot_Returns409SecondDoseUnavailable_AndHoldsNothing()
    {
        using var staff = fixture.Staff();
        var campaign = await HttpCampaign.CreateAsync(staff, fixture.Tenant, secondDoseSlots: false);
        using var resident = fixture.Anonymous();
        var token = await campaign.NewResidentAsync(resident);

        using var response = await resident.SendAsync(campaign.Reserve(token, campaign.Day1Slots[0]), TestContext.Current.CancellationToken);

        await response.AssertProblemAsync(HttpStatusCode.Conflict, "second_dose_unavailable");
        var summary = await staff.GetFromJsonAsync<JsonElement>($"{campaign.Api}/slots/{campaign.Day1Slots[0]}", TestContext.Current.CancellationToken);
        Assert.Equal(0, summary.GetProperty("booked").GetInt32());
        Assert.Equal(0, summary.GetProperty("held").GetInt32());
    }

    [Fact]
    public async Task Reserve_SameIdempotencyKeyAgain_ReturnsTheFirstAnswer_AndBooksOnce()
    {
        using var staff = fixture.Staff();
        var campaign = await HttpCampaign.CreateAsync(staff, fixture.Tenant);
        using var resident = fixture.Anonymous();
        var token = await campaign.NewResidentAsync(resident);

        using var first = await resident.SendAsync(campaign.Reserve(token, campaign.Day1Slots[0], "key-1"), TestContext.Current.CancellationToken);
        using var again = await resident.SendAsync(campaign.Reserve(token, campaign.Day1Slots[0], "key-1"), TestContext.Current.CancellationToken);
        using var otherSlot = await resident.SendAsync(campaign.Reserve(token, campaign.Day1Slots[1], "key-1"), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Created, again.StatusCode);
        Assert.Equal(
            await first.Content.ReadAsStringAsync(TestContext.Current.CancellationToken),
            await again.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        await otherSlot.AssertProblemAsync(HttpStatusCode.UnprocessableEntity, "idempotency_key_reused");
        var summary = await staff.GetFromJsonAsync<JsonElement>($"{campaign.Api}/slots/{campaign.Day1Slots[0]}", TestContext.Current.CancellationToken);
        Assert.Equal(1, summary.GetProperty("booked").GetInt32());
    }

    [Fact]
    public async Task Reserve_ConcurrentRetriesWithOneIdempotencyKey_BookOnce()
    {
        using var staff = fixture.Staff();
        var campaign = await HttpCampaign.CreateAsync(staff, fixture.Tenant);
        using var resident = fixture.Anonymous();
        var token = await campaign.NewResidentAsync(resident);

        var responses = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => resident.SendAsync(campaign.Reserve(token, campaign.Day1Slots[0], "double-click"), TestContext.Current.CancellationToken)));

        var bodies = await Task.WhenAll(responses.Select(r => r.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)));
        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Created, r.StatusCode));
        Assert.Single(bodies.Distinct());
        var summary = await staff.GetFromJsonAsync<JsonElement>($"{campaign.Api}/slots/{campaign.Day1Slots[0]}", TestContext.Current.CancellationToken);
        Assert.Equal(1, summary.GetProperty("booked").GetInt32());
        foreach (var response in responses)
        {
            response.Dispose();
        }
    }

    [Theory]
    [InlineData(null, "unauthorized")]
    [InlineData("v1.e30.AAAA", "invalid_token")]
    [InlineData("garbage", "invalid_token")]
    public async Task Reserve_WithoutValidSession_Returns401(string? token, string code)
    {
        using var staff = fixture.Staff();
        var campaign = await HttpCampaign.CreateAsync(staff, fixture.Tenant);
        using var resident = fixture.Anonymous();

        using var response = await resident.SendAsync(campaign.Reserve(token, campaign.Day1Slots[0]), TestContext.Current.CancellationToken);

        await response.AssertProblemAsync(HttpStatusCode.Unauthorized, code);
        Assert.NotEmpty(response.Headers.WwwAuthenticate);
    }

    [Theory]
    [InlineData("{}", HttpStatusCode.BadRequest, "validation_failed")]
    [InlineData("", HttpStatusCode.BadRequest, "missing_body")]
    [InlineData("""{"slotId":42}""", HttpStatusCode.BadRequest, "invalid_json")]
    [InlineData("""{"slotId":"no-such-slot"}""", HttpStatusCode.NotFound, "unknown_slot")]
    [InlineData("""{"slotId":"../../etc/passwd"}""", HttpStatusCode.NotFound, "unknown_slot")]
    public async Task Reserve_BadBody_Returns4xxProblem_AndBooksNothing(string json, HttpStatusCode status, string code)
    {
        using var staff = fixture.Staff();
        var campaign = await HttpCampaign.CreateAsync(staff, fixture.Tenant);
        using var resident = fixture.Anonymous();
        var token = await campaign.NewResidentAsync(resident);
        using var request = new HttpRequestMessage(HttpMethod.Post, $"{campaign.Api}/reservations") { Content = new StringContent(json, System.Text.Encoding.UTF8, "application/json") };
        request.Headers.Authorization = new("Bearer", token);

        using var response = await resident.SendAsync(request, TestContext.Current.CancellationToken);

        await response.AssertProblemAsync(status, code);
        using var mine = await resident.SendAsync(campaign.Resident(HttpMethod.Get, "/reservations/mine", token), TestContext.Current.CancellationToken);
        Assert.Empty((await mine.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken)).GetProperty("reservations").EnumerateArray());
    }

    [Fact]
    public async Task Reserve_OverlongIdempotencyKey_Returns400()
    {
        using var staff = fixture.Staff();
        var campaign = await HttpCampaign.CreateAsync(staff, fixture.Tenant);
        using var resident = fixture.Anonymous();
        var token = await campaign.NewResidentAsync(resident);

        using var response = await resident.SendAsync(campaign.Reserve(token, campaign.Day1Slots[0], new string('k', 201)), TestContext.Current.CancellationToken);

        await response.AssertProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
    }

    [Fact]
    public async Task Mine_AfterBooking_ListsBothDoses_AndCancelDose1_Returns204_CancelsDose2_AndFreesTheSeats()
    {
        using var staff = fixture.Staff();
        var campaign = await HttpCampaign.CreateAsync(staff, fixture.Tenant);
        using var resident = fixture.Anonymous();
        var token = await campaign.NewResidentAsync(resident);
        using var booked = await resident.SendAsync(campaign.Reserve(token, campaign.Day1Slots[0]), TestContext.Current.CancellationToken);
        var booking = await booked.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        var dose1 = booking.GetProperty("reservationId").GetString()!;
        var dose2 = booking.GetProperty("secondDose").GetProperty("reservationId").GetString()!;

        var before = await MineAsync(resident, campaign, token);
        using var cancelDose2 = await resident.SendAsync(campaign.Resident(HttpMethod.Delete, $"/reservations/{dose2}", token), TestContext.Current.CancellationToken);
        using var cancel = await resident.SendAsync(campaign.Resident(HttpMethod.Delete, $"/reservations/{dose1}", token), TestContext.Current.CancellationToken);
        using var cancelAgain = await resident.SendAsync(campaign.Resident(HttpMethod.Delete, $"/reservations/{dose1}", token), TestContext.Current.CancellationToken);
        var after = await MineAsync(resident, campaign, token);

        Assert.Equal([("active", 1), ("active", 2)], before.Select(static r => (r.GetProperty("status").GetString(), r.GetProperty("dose").GetInt32())).OrderBy(static r => r.Item2));
        await cancelDose2.AssertProblemAsync(HttpStatusCode.Conflict, "dose2_not_alone");
        Assert.Equal(HttpStatusCode.NoContent, cancel.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, cancelAgain.StatusCode);
        Assert.All(after, static r => Assert.Equal("cancelled", r.GetProperty("status").GetString()));
        foreach (var slot in new[] { campaign.Day1Slots[0], campaign.Day2Slots[0] })
        {
            var summary = await staff.GetFromJsonAsync<JsonElement>($"{campaign.Api}/slots/{slot}", TestContext.Current.CancellationToken);
            Assert.Equal(0, summary.GetProperty("booked").GetInt32());
        }

        using var rebooked = await resident.SendAsync(campaign.Reserve(token, campaign.Day1Slots[1]), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Created, rebooked.StatusCode);
    }

    [Theory]
    [InlineData("v00000000000000000000000000000000")]
    [InlineData("not.an.id")]
    public async Task Cancel_UnknownReservation_Returns404UnknownReservation(string reservationId)
    {
        using var staff = fixture.Staff();
        var campaign = await HttpCampaign.CreateAsync(staff, fixture.Tenant);
        using var resident = fixture.Anonymous();
        var token = await campaign.NewResidentAsync(resident);

        using var response = await resident.SendAsync(campaign.Resident(HttpMethod.Delete, $"/reservations/{reservationId}", token), TestContext.Current.CancellationToken);

        await response.AssertProblemAsync(HttpStatusCode.NotFound, "unknown_reservation");
    }

    [Fact]
    public async Task Cancel_AnotherResidentsReservation_Returns404_AndKeepsIt()
    {
        using var staff = fixture.Staff();
        var campaign = await HttpCampaign.CreateAsync(staff, fixture.Tenant);
        using var resident = fixture.Anonymous();
        var owner = await campaign.NewResidentAsync(resident);
        var other = await campaign.NewResidentAsync(resident);
        using var booked = await resident.SendAsync(campaign.Reserve(owner, campaign.Day1Slots[0]), TestContext.Current.CancellationToken);
        var reservationId = (await booked.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken)).GetProperty("reservationId").GetString();

        using var response = await resident.SendAsync(campaign.Resident(HttpMethod.Delete, $"/reservations/{reservationId}", other), TestContext.Current.CancellationToken);

        await response.AssertProblemAsync(HttpStatusCode.NotFound, "unknown_reservation");
        Assert.All(await MineAsync(resident, campaign, owner), static r => Assert.Equal("active", r.GetProperty("status").GetString()));
    }

    private static async Task<IReadOnlyList<JsonElement>> MineAsync(HttpClient client, HttpCampaign campaign, string token)
    {
        using var response = await client.SendAsync(campaign.Resident(HttpMethod.Get, "/reservations/mine", token), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        return [.. body.GetProperty("reservations").EnumerateArray()];
    }
}
