using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using CheckIn.Tests.Web;

namespace CheckIn.Tests.Booking.Web;

/// <summary>Voucher files through <c>POST /api/campaigns/{campaignId}/vouchers</c>: good lines imported, every
/// bad line reported with its line number and reason, nothing half-applied, a second import harmless.</summary>
[Collection(BookingWebCollection.Name)]
public sealed class VoucherImportApiTests(BookingWebFixture fixture)
{
    [Fact]
    public async Task Import_MixedFile_ImportsGoodLines_AndReportsEachBadLineWithItsReason()
    {
        using var staff = fixture.Staff();
        var campaign = await HttpCampaign.CreateAsync(staff, fixture.Tenant);
        var csv = string.Join("\r\n",
            "voucherNumber,birthDate",
            "1000000001,1950-04-01",
            "12345,1950-04-01",
            "1000000002,1950-02-30",
            "1000000003,2999-01-01",
            "1000000001,1960-01-01",
            "1000000004",
            "",
            "1000000005,1970/12/31",
            "１０００００００06,1950-01-01",
            "1000000007,1950-04-01,extra");

        using var response = await campaign.ImportAsync(csv);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        Assert.Equal(2, body.GetProperty("imported").GetInt32());
        var rejected = body.GetProperty("rejected").EnumerateArray().Select(static r => (r.GetProperty("line").GetInt32(), r.GetProperty("reason").GetString()!)).ToList();
        Assert.Equal([3, 4, 5, 6, 7, 10, 11], rejected.Select(static r => r.Item1));
        Assert.StartsWith("bad voucher number", rejected[0].Item2, StringComparison.Ordinal);
        Assert.StartsWith("bad birth date", rejected[1].Item2, StringComparison.Ordinal);
        Assert.StartsWith("bad birth date", rejected[2].Item2, StringComparison.Ordinal);
        Assert.StartsWith("duplicate in file", rejected[3].Item2, StringComparison.Ordinal);
        Assert.StartsWith("bad line", rejected[4].Item2, StringComparison.Ordinal);
        Assert.StartsWith("bad voucher number", rejected[5].Item2, StringComparison.Ordinal);
        Assert.StartsWith("bad line", rejected[6].Item2, StringComparison.Ordinal);

        using var resident = fixture.Anonymous();
        using var good = await campaign.SignInAsync(resident, "1000000001", "1950-04-01");
        using var slashDate = await campaign.SignInAsync(resident, "1000000005", "1970-12-31");
        using var rejectedLine = await campaign.SignInAsync(resident, "1000000002", "1950-02-28");
        Assert.Equal(HttpStatusCode.OK, good.StatusCode);
        Assert.Equal(HttpStatusCode.OK, slashDate.StatusCode);
        await rejectedLine.AssertProblemAsync(HttpStatusCode.Unauthorized, "invalid_voucher");
    }

    [Fact]
    public async Task Import_SameFileTwice_SecondReportsAlreadyRegistered_AndKeepsTheFirstBirthDate()
    {
        using var staff = fixture.Staff();
        var campaign = await HttpCampaign.CreateAsync(staff, fixture.Tenant);

        using var first = await campaign.ImportAsync("2000000001,1955-05-05\n2000000002,1956-06-06\n");
        using var second = await campaign.ImportAsync("2000000001,1999-09-09\n2000000003,1957-07-07\n");

        var one = await first.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        var two = await second.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        Assert.Equal(2, one.GetProperty("imported").GetInt32());
        Assert.Equal(1, two.GetProperty("imported").GetInt32());
        var again = Assert.Single(two.GetProperty("rejected").EnumerateArray());
        Assert.Equal(1, again.GetProperty("line").GetInt32());
        Assert.StartsWith("already registered", again.GetProperty("reason").GetString(), StringComparison.Ordinal);
        using var resident = fixture.Anonymous();
        using var original = await campaign.SignInAsync(resident, "2000000001", "1955-05-05");
        Assert.Equal(HttpStatusCode.OK, original.StatusCode);
    }

    [Fact]
    public async Task Import_ShiftJisFileWithJapaneseHeader_IsRead()
    {
        using var staff = fixture.Staff();
        var campaign = await HttpCampaign.CreateAsync(staff, fixture.Tenant);
        var shiftJis = CodePagesEncodingProvider.Instance.GetEncoding(932)!;
        var bytes = shiftJis.GetBytes("接種券番号,生年月日\r\n3000000001,1948-03-03\r\n");

        using var response = await staff.PostAsync($"{campaign.Api}/vouchers", new ByteArrayContent(bytes) { Headers = { ContentType = new("text/csv") } }, TestContext.Current.CancellationToken);

        var body = await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(1, body.GetProperty("imported").GetInt32());
        Assert.Empty(body.GetProperty("rejected").EnumerateArray());
    }

    [Fact]
    public async Task Import_LargeFile_GoesInChunks_AndEveryLineIsImported()
    {
        using var staff = fixture.Staff();
        var campaign = await HttpCampaign.CreateAsync(staff, fixture.Tenant);
        var csv = new StringBuilder("voucherNumber,birthDate\n");
        for (var i = 0; i < 2_500; i++)
        {
            csv.Append(System.Globalization.CultureInfo.InvariantCulture, $"{4_000_000_000L + i},1950-01-01\n");
        }

        using var response = await campaign.ImportAsync(csv.ToString());

        var body = await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2_500, body.GetProperty("imported").GetInt32());
        Assert.Empty(body.GetProperty("rejected").EnumerateArray());
    }

    [Theory]
    [InlineData("application/json", HttpStatusCode.UnsupportedMediaType, "unsupported_media_type")]
    [InlineData("application/octet-stream", HttpStatusCode.UnsupportedMediaType, "unsupported_media_type")]
    public async Task Import_WrongContentType_Returns415(string contentType, HttpStatusCode status, string code)
    {
        using var staff = fixture.Staff();
        var campaign = await HttpCampaign.CreateAsync(staff, fixture.Tenant);

        using var response = await campaign.ImportAsync("5000000001,1950-01-01", contentType);

        await response.AssertProblemAsync(status, code);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\r\n\r\n  \n")]
    public async Task Import_EmptyFile_Returns400EmptyCsv(string csv)
    {
        using var staff = fixture.Staff();
        var campaign = await HttpCampaign.CreateAsync(staff, fixture.Tenant);

        using var response = await campaign.ImportAsync(csv);

        await response.AssertProblemAsync(HttpStatusCode.BadRequest, "empty_csv");
    }

    [Fact]
    public async Task Import_BinaryGarbage_Returns400InvalidEncoding_AndImportsNothing()
    {
        using var staff = fixture.Staff();
        var campaign = await HttpCampaign.CreateAsync(staff, fixture.Tenant);
        byte[] garbage = [0x36, 0x30, 0x30, 0x30, 0x30, 0x30, 0x30, 0x30, 0x30, 0x31, 0x2C, 0xFF, 0xFE, 0x80, 0x81, 0xFD, 0x0A];

        using var response = await staff.PostAsync($"{campaign.Api}/vouchers", new ByteArrayContent(garbage) { Headers = { ContentType = new("text/csv") } }, TestContext.Current.CancellationToken);

        await response.AssertProblemAsync(HttpStatusCode.BadRequest, "invalid_encoding");
    }
}
