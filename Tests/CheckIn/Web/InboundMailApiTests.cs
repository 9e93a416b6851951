using System.Net;
using System.Text;
using CheckIn.Grains.Interfaces.Tenants;
using CheckIn.Tests.Web;

namespace CheckIn.Tests.CheckIn.Web;

/// <summary><c>POST /api/inbound-mail</c>: the relay's secret, raw RFC 5322 messages with encoded headers, and
/// messages that name no venue or no sender.</summary>
[Collection(CheckInWebCollection.Name)]
public sealed class InboundMailApiTests(CheckInWebFixture fixture)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("wrong-secret")]
    [InlineData(CheckInWebFixture.InboundSecret + "x")]
    public async Task InboundMail_MissingOrWrongSecret_401(string? secret)
    {
        var venue = await fixture.CreateVenueAsync();

        using var response = await PostMailAsync(Message($"c-{venue.Code}@{CheckInWebFixture.MailDomain}", "visitor@example.jp"), secret);

        await response.AssertProblemAsync(HttpStatusCode.Unauthorized, "invalid_inbound_secret");
        Assert.Equal(0, await VisitCountAsync(venue.VenueId));
    }

    [Fact]
    public async Task InboundMail_EncodedDisplayNamesUpperCaseAndPlusTag_202AndCheckedInOnce()
    {
        var venue = await fixture.CreateVenueAsync();
        var local = "Visitor+tag." + Guid.NewGuid().ToString("N");
        var from = $"=?UTF-8?B?{Convert.ToBase64String(Encoding.UTF8.GetBytes("山田 太郎"))}?= <{local}@Example.JP>";
        var to = $"=?ISO-2022-JP?B?GyRCO1xAX0wuGyhC?= <C-{venue.Code.ToUpperInvariant()}+poster@relay.example.org>";

        using var response = await PostMailAsync(Message(to, from));
        using var repeated = await PostMailAsync(Message(to, from));

        var body = await response.Content.ReadAsStringAsync(Cancel);
        Assert.True(response.StatusCode == HttpStatusCode.Accepted, body);
        Assert.Equal(HttpStatusCode.Accepted, repeated.StatusCode);
        Assert.DoesNotContain(local, body, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(1, await VisitCountAsync(venue.VenueId));
    }

    [Fact]
    public async Task InboundMail_FoldedHeadersAndLfLineEnds_202()
    {
        var venue = await fixture.CreateVenueAsync();
        var message = $"Received: from relay\n by mx\nFrom:\n \"Visitor, Ltd.\"\n <{CheckInWebFixture.NewEmail()}>\nTo: someone@example.jp,\n\tc-{venue.Code}@{CheckInWebFixture.MailDomain}\nSubject: \n\n";

        using var response = await PostMailAsync(message);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal(1, await VisitCountAsync(venue.VenueId));
    }

    [Fact]
    public async Task InboundMail_NoCheckInAddress_422UnknownVenue()
    {
        using var response = await PostMailAsync(Message("info@example.jp", CheckInWebFixture.NewEmail()));

        await response.AssertProblemAsync(HttpStatusCode.UnprocessableEntity, "unknown_venue");
    }

    [Fact]
    public async Task InboundMail_ForgedCodes_422UnknownVenue()
    {
        var venue = await fixture.CreateVenueAsync();
        var forged = CheckInApiTests.ForgedCodes(venue.Code, venue.VenueId).Where(static c => c.All(char.IsAsciiLetterOrDigit) && c.Length < 100);

        foreach (var code in forged)
        {
            using var response = await PostMailAsync(Message($"c-{code}@{CheckInWebFixture.MailDomain}", CheckInWebFixture.NewEmail()));
            await response.AssertProblemAsync(HttpStatusCode.UnprocessableEntity, "unknown_venue");
        }

        Assert.Equal(0, await VisitCountAsync(venue.VenueId));
    }

    [Fact]
    public async Task InboundMail_MissingFrom_422InvalidEmail()
    {
        var venue = await fixture.CreateVenueAsync();

        using var response = await PostMailAsync($"To: c-{venue.Code}@{CheckInWebFixture.MailDomain}\r\nSubject: hi\r\n\r\n");

        await response.AssertProblemAsync(HttpStatusCode.UnprocessableEntity, "invalid_email");
    }

    [Fact]
    public async Task InboundMail_Garbage_422NotServerError()
    {
        using var response = await PostMailAsync("\0\u00ff:::\r\n\r\n\r\n");

        await response.AssertProblemAsync(HttpStatusCode.UnprocessableEntity, "unknown_venue");
    }

    private static string Message(string to, string from)
        => $"Return-Path: <bounce@relay.example.org>\r\nFrom: {from}\r\nTo: {to}\r\nSubject: \r\nMessage-ID: <{Guid.NewGuid():N}@example.jp>\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n\r\n";

    private async Task<HttpResponseMessage> PostMailAsync(string message, string? secret = CheckInWebFixture.InboundSecret)
    {
        using var client = fixture.Anonymous();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/inbound-mail")
        {
            Content = new ByteArrayContent(Encoding.UTF8.GetBytes(message)),
        };
        request.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("message/rfc822");
        if (secret is not null)
        {
            request.Headers.Add("X-Inbound-Secret", secret);
        }

        return await client.SendAsync(request, Cancel);
    }

    private async Task<int> VisitCountAsync(string venueId)
    {
        using var staff = fixture.ClientFor(StaffRoles.MunicipalityAdmin);
        using var response = await staff.GetAsync($"/api/venues/{venueId}/visits", Cancel);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = await response.ReadJsonAsync();
        return json.RootElement.GetProperty("count").GetInt32();
    }
}
