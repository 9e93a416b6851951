using System.Net;
using System.Text.RegularExpressions;

namespace CheckIn.Tests.CheckIn.Web;

/// <summary>The visitor's check-in page <c>/c/{code}</c>: server-rendered, a plain form with anti-forgery, both
/// languages, the empty-mail link, points after the check-in, and a 404 page for forged codes.</summary>
[Collection(CheckInWebCollection.Name)]
public sealed partial class CheckInPageTests(CheckInWebFixture fixture)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task CheckInPage_KnownCode_FormAndMailtoLinkInJapanese()
    {
        var venue = await fixture.CreateVenueAsync("喫茶 <みなと>");
        using var client = fixture.Anonymous();

        using var response = await client.GetAsync(venue.CheckInUrl, Cancel);
        var html = await response.Content.ReadAsStringAsync(Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("喫茶 &lt;みなと&gt;", html, StringComparison.Ordinal);
        Assert.Contains("<form method=\"post\"", html, StringComparison.Ordinal);
        Assert.Contains("type=\"email\"", html, StringComparison.Ordinal);
        Assert.Contains("name=\"__af\"", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"mailto:{venue.MailAddress}\"", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("登録する", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task CheckInPage_EnglishChosen_EnglishText()
    {
        var venue = await fixture.CreateVenueAsync();
        using var client = fixture.Anonymous();

        var html = await client.GetStringAsync(venue.CheckInUrl + "?lang=en", Cancel);

        Assert.Contains("Check in", html, StringComparison.Ordinal);
        Assert.Contains("E-mail address", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CheckInPage_ForgedOrUnknownCode_404Page()
    {
        var venue = await fixture.CreateVenueAsync();
        using var client = fixture.Anonymous();

        foreach (var code in CheckInApiTests.ForgedCodes(venue.Code, venue.VenueId).Where(static c => !c.Contains('/', StringComparison.Ordinal)))
        {
            using var response = await client.GetAsync("/c/" + Uri.EscapeDataString(code), Cancel);
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
            Assert.DoesNotContain("<form method=\"post\"", await response.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task CheckInForm_Submitted_CheckedInWithPointsThenRepeatShowsFirst()
    {
        var venue = await fixture.CreateVenueAsync();
        using var client = fixture.Anonymous();
        var email = CheckInWebFixture.NewEmail();

        using var first = await SubmitAsync(client, venue.CheckInUrl, email);
        using var second = await SubmitAsync(client, venue.CheckInUrl, email);

        var html = await first.Content.ReadAsStringAsync(Cancel);
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Contains("登録しました", html, StringComparison.Ordinal);
        Assert.Contains("ポイント: 1", html, StringComparison.Ordinal);
        Assert.DoesNotContain(email, html, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Contains("10分以内", await second.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CheckInForm_InvalidEmail_400FormWithErrorAndValueKept()
    {
        var venue = await fixture.CreateVenueAsync();
        using var client = fixture.Anonymous();

        using var response = await SubmitAsync(client, venue.CheckInUrl, "no-at-sign\"><script>");

        var html = await response.Content.ReadAsStringAsync(Cancel);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("role=\"alert\"", html, StringComparison.Ordinal);
        Assert.Contains("no-at-sign&quot;&gt;&lt;script&gt;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CheckInForm_WithoutAntiforgeryToken_RejectedAndNothingRecorded()
    {
        var venue = await fixture.CreateVenueAsync();
        using var client = fixture.Anonymous();

        using var response = await client.PostAsync(venue.CheckInUrl, new FormUrlEncodedContent(new Dictionary<string, string> { ["email"] = CheckInWebFixture.NewEmail() }), Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    private static async Task<HttpResponseMessage> SubmitAsync(HttpClient client, string checkInUrl, string email)
    {
        var form = await client.GetStringAsync(checkInUrl, Cancel);
        var token = AntiforgeryField().Match(form).Groups[1].Value;
        Assert.False(string.IsNullOrEmpty(token), "no anti-forgery field on the page");
        return await client.PostAsync(checkInUrl, new FormUrlEncodedContent(new Dictionary<string, string> { ["__af"] = token, ["email"] = email }), Cancel);
    }

    [GeneratedRegex("name=\"__af\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();
}
