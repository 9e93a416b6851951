using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CheckIn.Tests.Web;

namespace CheckIn.Tests.Booking.Web;

/// <summary>Attendance with the reservation's one-time code and the slot's figures. Attendance is taken on the
/// slot's own date, so these campaigns run at a UTC offset where it is about noon now, with a slot later today.</summary>
[Collection(BookingWebCollection.Name)]
public sealed class AttendanceApiTests(BookingWebFixture fixture)
{
    [Fact]
    public async Task Attendance_RightCode_Returns200_CountsInTheSlot_AndTheSameCodeAgainIs409AlreadyAttended()
    {
        var (campaignId, slotId, token) = await BookTodayAsync();
        using var staff = fixture.Staff();
        using var resident = fixture.Anonymous();
        var code = await AttendanceCodeAsync(resident, campaignId, token);

        using var response = await staff.PostJsonAsync($"/api/campaigns/{campaignId}/attendance", new { slotId, attendanceCode = code });
        using var again = await staff.PostJsonAsync($"/api/campaigns/{campaignId}/attendance", new { slotId, attendanceCode = code });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        Assert.Equal(1, body.GetProperty("dose").GetInt32());
        await again.AssertProblemAsync(HttpStatusCode.Conflict, "already_attended");
        var summary = await staff.GetFromJsonAsync<JsonElement>($"/api/campaigns/{campaignId}/slots/{slotId}", TestContext.Current.CancellationToken);
        Assert.Equal((3, 1, 1), (summary.GetProperty("capacity").GetInt32(), summary.GetProperty("booked").GetInt32(), summary.GetProperty("attended").GetInt32()));
    }

    [Theory]
    [InlineData("00000000")]
    [InlineData("123")]
    [InlineData("abcdefgh")]
    public async Task Attendance_WrongCode_Returns404(string code)
    {
        var (campaignId, slotId, _) = await BookTodayAsync();
        using var staff = fixture.Staff();

        using var response = await staff.PostJsonAsync($"/api/campaigns/{campaignId}/attendance", new { slotId, attendanceCode = code });

        await response.AssertProblemAsync(HttpStatusCode.NotFound, "unknown_code");
    }

    [Fact]
    public async Task Attendance_BeforeTheSlotsDate_Returns409AttendanceNotOpen()
    {
        using var staff = fixture.Staff();
        var campaign = await HttpCampaign.CreateAsync(staff, fixture.Tenant, interval: 0);
        using var resident = fixture.Anonymous();
        var token = await campaign.NewResidentAsync(resident);
        using var booked = await resident.SendAsync(campaign.Reserve(token, campaign.Day1Slots[0]), TestContext.Current.CancellationToken);
        var code = (await booked.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken)).GetProperty("attendanceCode").GetString();

        using var response = await staff.PostJsonAsync($"{campaign.Api}/attendance", new { slotId = campaign.Day1Slots[0], attendanceCode = code });

        await response.AssertProblemAsync(HttpStatusCode.Conflict, "attendance_not_open");
    }

    [Theory]
    [InlineData("""{"attendanceCode":"12345678"}""", HttpStatusCode.BadRequest, "validation_failed")]
    [InlineData("""{"slotId":"no-such-slot","attendanceCode":"12345678"}""", HttpStatusCode.NotFound, "unknown_slot")]
    public async Task Attendance_BadBody_Returns4xx(string json, HttpStatusCode status, string code)
    {
        using var staff = fixture.Staff();
        var campaign = await HttpCampaign.CreateAsync(staff, fixture.Tenant, interval: 0);

        using var response = await staff.PostRawAsync($"{campaign.Api}/attendance", json);

        await response.AssertProblemAsync(status, code);
    }

    [Fact]
    public async Task SlotSummary_UnknownSlot_Returns404UnknownSlot()
    {
        using var staff = fixture.Staff();
        var campaign = await HttpCampaign.CreateAsync(staff, fixture.Tenant, interval: 0);

        using var response = await staff.GetAsync($"{campaign.Api}/slots/s0000-20300101-0900", TestContext.Current.CancellationToken);

        await response.AssertProblemAsync(HttpStatusCode.NotFound, "unknown_slot");
    }

    /// <summary>A single-dose campaign whose local time is about noon now, a slot at 13:00 today, and a
    /// resident booked in it.</summary>
    private async Task<(string CampaignId, string SlotId, string Token)> BookTodayAsync()
    {
        using var staff = fixture.Staff();
        var now = DateTimeOffset.UtcNow;
        var offset = TimeSpan.FromMinutes(Math.Round((TimeSpan.FromHours(12) - now.TimeOfDay).TotalMinutes));
        var local = now.ToOffset(offset);
        using var created = await staff.PostJsonAsync($"/api/tenants/{fixture.Tenant}/campaigns", new
        {
            name = "Today",
            opensAt = now.AddMinutes(-1).ToString("yyyy-MM-dd'T'HH:mm:ssK", CultureInfo.InvariantCulture).Replace("+00:00", "Z", StringComparison.Ordinal),
            doseIntervalDays = 0,
            utcOffset = (offset < TimeSpan.Zero ? "-" : "+") + offset.Duration().ToString("hh\\:mm", CultureInfo.InvariantCulture),
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var campaignId = (await created.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken)).GetProperty("campaignId").GetString()!;
        using var site = await staff.PostJsonAsync($"/api/campaigns/{campaignId}/sites", new { name = "Clinic", address = "3-3" });
        var siteId = (await site.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken)).GetProperty("siteId").GetString()!;
        using var slots = await staff.PostJsonAsync($"/api/campaigns/{campaignId}/sites/{siteId}/slots", new
        {
            date = local.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            times = new[] { "13:00" },
            capacity = 3,
        });
        Assert.Equal(HttpStatusCode.Created, slots.StatusCode);
        var slotBody = await slots.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        Assert.Equal("published", slotBody.GetProperty("status").GetString());
        var slotId = slotBody.GetProperty("slots")[0].GetProperty("slotId").GetString()!;
        const string voucher = "7000000001";
        using var import = await staff.PostAsync($"/api/campaigns/{campaignId}/vouchers", new StringContent($"{voucher},1945-08-15", System.Text.Encoding.UTF8, "text/csv"), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, import.StatusCode);
        using var resident = fixture.Anonymous();
        using var session = await resident.PostJsonAsync($"/api/campaigns/{campaignId}/sessions", new { voucherNumber = voucher, birthDate = "1945-08-15" });
        var token = (await session.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken)).GetProperty("sessionToken").GetString()!;
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/campaigns/{campaignId}/reservations") { Content = JsonContent.Create(new { slotId }) };
        request.Headers.Authorization = new("Bearer", token);
        using var booked = await resident.SendAsync(request, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Created, booked.StatusCode);
        return (campaignId, slotId, token);
    }

    private static async Task<string> AttendanceCodeAsync(HttpClient resident, string campaignId, string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/campaigns/{campaignId}/reservations/mine");
        request.Headers.Authorization = new("Bearer", token);
        using var response = await resident.SendAsync(request, TestContext.Current.CancellationToken);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        return body.GetProperty("reservations")[0].GetProperty("attendanceCode").GetString()!;
    }
}
