using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using CheckIn.Tests.Web;

namespace CheckIn.Tests.Booking.Web;

/// <summary>A campaign of one test, set up through the HTTP API as staff would: one site, dose-1 slots two
/// days ahead (campaign time +09:00) and, unless asked otherwise, dose-2 slots at the same times after the
/// interval. Residents get vouchers through the CSV import and sessions through the sign-in endpoint.</summary>
public sealed class HttpCampaign
{
    public const string BirthDate = "1960-04-01";

    private static readonly TimeSpan s_offset = TimeSpan.FromHours(9);
    private int _vouchers;

    private HttpCampaign(HttpClient staff, string campaignId, string siteId, DateOnly day1, int interval)
    {
        Staff = staff;
        CampaignId = campaignId;
        SiteId = siteId;
        Day1 = day1;
        Interval = interval;
    }

    public HttpClient Staff { get; }

    public string CampaignId { get; }

    public string SiteId { get; }

    public DateOnly Day1 { get; }

    public int Interval { get; }

    public DateOnly Day2 => Day1.AddDays(Interval);

    public IReadOnlyList<string> Day1Slots { get; private set; } = [];

    public IReadOnlyList<string> Day2Slots { get; private set; } = [];

    public string Api => $"/api/campaigns/{CampaignId}";

    public static DateOnly LocalToday => DateOnly.FromDateTime(DateTimeOffset.UtcNow.ToOffset(s_offset).DateTime);

    /// <summary>Creates the campaign (open since a minute ago unless <paramref name="opensAt"/> says otherwise),
    /// its site and its slots.</summary>
    public static async Task<HttpCampaign> CreateAsync(
        HttpClient staff, string tenant, int capacity = 5, int interval = 21, string[]? times = null, DateTimeOffset? opensAt = null, bool secondDoseSlots = true, int daysAhead = 2)
    {
        var opening = (opensAt ?? DateTimeOffset.UtcNow.AddMinutes(-1)).ToOffset(s_offset);
        using var created = await staff.PostJsonAsync($"/api/tenants/{tenant}/campaigns", new
        {
            name = "Vaccination " + tenant,
            opensAt = opening.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture),
            doseIntervalDays = interval,
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var campaignId = (await created.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken)).GetProperty("campaignId").GetString()!;
        using var site = await staff.PostJsonAsync($"/api/campaigns/{campaignId}/sites", new { name = "Community hall", address = "1-1 Chuo" });
        Assert.Equal(HttpStatusCode.Created, site.StatusCode);
        var siteId = (await site.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken)).GetProperty("siteId").GetString()!;
        var day1 = LocalToday.AddDays(daysAhead);
        if (opening.Date >= day1.ToDateTime(TimeOnly.MinValue))
        {
            day1 = DateOnly.FromDateTime(opening.Date).AddDays(1);
        }

        var campaign = new HttpCampaign(staff, campaignId, siteId, day1, interval);
        times ??= ["10:00", "11:00"];
        if (interval > 0 && secondDoseSlots)
        {
            campaign.Day2Slots = await campaign.AddSlotsAsync(campaign.Day2, capacity, times);
        }

        campaign.Day1Slots = await campaign.AddSlotsAsync(day1, capacity, times);
        return campaign;
    }

    public async Task<IReadOnlyList<string>> AddSlotsAsync(DateOnly date, int capacity, params string[] times)
    {
        using var response = await Staff.PostJsonAsync($"{Api}/sites/{SiteId}/slots", new { date = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), times, capacity });
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        return [.. body.GetProperty("slots").EnumerateArray().Select(static s => s.GetProperty("slotId").GetString()!)];
    }

    public Task<HttpResponseMessage> ImportAsync(string csv, string contentType = "text/csv")
        => Staff.PostAsync($"{Api}/vouchers", new StringContent(csv, Encoding.UTF8, contentType), TestContext.Current.CancellationToken);

    /// <summary>A voucher of its own, registered through the import.</summary>
    public async Task<string> NewVoucherAsync(string birthDate = BirthDate)
    {
        var number = NewVoucherNumber();
        using var response = await ImportAsync($"{number},{birthDate}\n");
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        Assert.Contains("\"imported\":1", body, StringComparison.Ordinal);
        return number;
    }

    public Task<HttpResponseMessage> SignInAsync(HttpClient client, string voucherNumber, string birthDate = BirthDate)
        => client.PostJsonAsync($"{Api}/sessions", new { voucherNumber, birthDate });

    /// <summary>A new resident's session token.</summary>
    public async Task<string> NewResidentAsync(HttpClient client)
    {
        var voucher = await NewVoucherAsync();
        using var response = await SignInAsync(client, voucher);
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        return (await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken)).GetProperty("sessionToken").GetString()!;
    }

    public HttpRequestMessage Reserve(string? sessionToken, string slotId, string? idempotencyKey = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"{Api}/reservations") { Content = JsonContent.Create(new { slotId }) };
        if (sessionToken is not null)
        {
            request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", sessionToken);
        }

        if (idempotencyKey is not null)
        {
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        }

        return request;
    }

    public HttpRequestMessage Resident(HttpMethod method, string path, string sessionToken)
    {
        var request = new HttpRequestMessage(method, Api + path);
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", sessionToken);
        return request;
    }

    public string NewVoucherNumber()
    {
        // Unique within the campaign (the register is per campaign): a counter, padded with random digits.
        var n = Interlocked.Increment(ref _vouchers);
        return RandomNumberGenerator.GetInt32(1, 100_000).ToString("D5", CultureInfo.InvariantCulture) + n.ToString("D5", CultureInfo.InvariantCulture);
    }
}
