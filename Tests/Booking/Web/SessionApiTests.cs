using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CheckIn.Tests.Web;

namespace CheckIn.Tests.Booking.Web;

/// <summary>Resident sign-in, <c>POST /api/campaigns/{campaignId}/sessions</c>: one answer for every wrong
/// voucher, a lockout per voucher and per client address, and a session that works on its campaign only.</summary>
[Collection(BookingWebCollection.Name)]
public sealed class SessionApiTests(BookingWebFixture fixture)
{
    [Fact]
    public async Task SignIn_RightVoucherAndBirthDate_Returns200WithSessionTokenAndRandomResidentId()
    {
        using var staff = fixture.Staff();
        var campaign = await HttpCampaign.CreateAsync(staff, fixture.Tenant);
        var voucher = await campaign.NewVoucherAsync();
        using var resident = fixture.Anonymous();

        using var response = await campaign.SignInAsync(resident, voucher);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        Assert.StartsWith("v1.", body.GetProperty("sessionToken").GetString(), StringComparison.Ordinal);
        var residentId = body.GetProperty("residentId").GetString()!;
        Assert.Matches("^r[0-9a-f]{32}$", residentId);
        Assert.DoesNotContain(voucher, residentId, StringComparison.Ordinal);
        Assert.True(body.GetProperty("expiresAt").GetDateTimeOffset() > DateTimeOffset.UtcNow);
    }

    [Theory]
    [InlineData("wrong-date")]
    [InlineData("unknown")]
    [InlineData("short")]
    [InlineData("letters")]
    [InlineData("bad-date-format")]
    public async Task SignIn_AnyWrongVoucherOrDate_Returns401InvalidVoucher_WithTheSameBody(string kind)
    {
        using var staff = fixture.Staff();
        var campaign = await HttpCampaign.CreateAsync(staff, fixture.Tenant);
        var voucher = await campaign.NewVoucherAsync();
        var (number, birthDate) = kind switch
        {
            "wrong-date" => (voucher, "1960-04-02"),
            "unknown" => (campaign.NewVoucherNumber(), HttpCampaign.BirthDate),
            "short" => ("12345", HttpCampaign.BirthDate),
            "letters" => ("12345abcde", HttpCampaign.BirthDate),
            _ => (voucher, "April 1st 1960"),
        };
        using var resident = fixture.Anonymous();

        using var response = await campaign.SignInAsync(resident, number, birthDate);

        var problem = await response.AssertProblemAsync(HttpStatusCode.Unauthorized, "invalid_voucher");
        Assert.Equal("The voucher number or the birth date is not right", problem.GetProperty("title").GetString());
        Assert.False(problem.TryGetProperty("detail", out _));
    }

    [Theory]
    [InlineData("{}", "voucherNumber")]
    [InlineData("""{"voucherNumber":"1234567890"}""", "birthDate")]
    public async Task SignIn_MissingField_Returns400ValidationFailed(string json, string field)
    {
        using var staff = fixture.Staff();
        var campaign = await HttpCampaign.CreateAsync(staff, fixture.Tenant);
        using var resident = fixture.Anonymous();

        using var response = await resident.PostRawAsync($"{campaign.Api}/sessions", json);

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _));
    }

    [Fact]
    public async Task SignIn_FullWidthDigitsAndHyphens_AreReadAsTheVoucherNumber()
    {
        using var staff = fixture.Staff();
        var campaign = await HttpCampaign.CreateAsync(staff, fixture.Tenant);
        var voucher = await campaign.NewVoucherAsync();
        var typed = string.Concat(voucher.Select(static c => (char)(c - '0' + '０'))).Insert(4, "-");
        using var resident = fixture.Anonymous();

        using var response = await campaign.SignInAsync(resident, typed, "１９６０/０４/０１");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task SignIn_RepeatedFailuresOfOneVoucher_Return429LockedOut_EvenWithTheRightDate()
    {
        using var staff = fixture.Staff();
        var campaign = await HttpCampaign.CreateAsync(staff, fixture.Tenant);
        var voucher = await campaign.NewVoucherAsync();
        using var resident = fixture.Anonymous();
        for (var i = 0; i < 5; i++)
        {
            using var wrong = await campaign.SignInAsync(resident, voucher, "1999-01-01");
            await wrong.AssertProblemAsync(HttpStatusCode.Unauthorized, "invalid_voucher");
        }

        using var response = await campaign.SignInAsync(resident, voucher);

        await response.AssertProblemAsync(HttpStatusCode.TooManyRequests, "locked_out");
        Assert.True(response.Headers.RetryAfter?.Delta > TimeSpan.Zero);
    }

    [Fact]
    public async Task Session_OfOneCampaign_IsRefusedOnAnother_With401InvalidToken()
    {
        using var staff = fixture.Staff();
        var first = await HttpCampaign.CreateAsync(staff, fixture.Tenant);
        var second = await HttpCampaign.CreateAsync(staff, fixture.Tenant);
        using var resident = fixture.Anonymous();
        var token = await first.NewResidentAsync(resident);

        using var response = await resident.SendAsync(second.Reserve(token, second.Day1Slots[0]), TestContext.Current.CancellationToken);

        await response.AssertProblemAsync(HttpStatusCode.Unauthorized, "invalid_token");
    }

    [Fact]
    public async Task StaffToken_IsNotAResidentSession()
    {
        using var staff = fixture.Staff();
        var campaign = await HttpCampaign.CreateAsync(staff, fixture.Tenant);

        using var response = await staff.SendAsync(campaign.Resident(HttpMethod.Get, "/reservations/mine", fixture.AdminToken), TestContext.Current.CancellationToken);

        await response.AssertProblemAsync(HttpStatusCode.Unauthorized, "invalid_token");
    }
}
