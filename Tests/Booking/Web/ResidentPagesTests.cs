using System.Net;

namespace CheckIn.Tests.Booking.Web;

/// <summary>The residents' pages as a browser without JavaScript uses them: plain links, GET forms and POST
/// forms with anti-forgery tokens, in Japanese by default and in English on request.</summary>
[Collection(BookingWebCollection.Name)]
public sealed class ResidentPagesTests(BookingWebFixture fixture)
{
    [Fact]
    public async Task ResidentFlow_WithoutJavaScript_SignsInBooksSeesTheCodeAndCancels()
    {
        using var staff = fixture.Staff();
        var campaign = await HttpCampaign.CreateAsync(staff, fixture.Tenant);
        var voucher = await campaign.NewVoucherAsync();
        using var browser = new PageBrowser(fixture.Factory);
        var start = $"/booking/{campaign.CampaignId}";

        var startPage = await browser.PageAsync(start);
        Assert.Contains("<html lang=\"ja\">", startPage, StringComparison.Ordinal);
        Assert.Contains("<label for=\"voucherNumber\">", startPage, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", startPage, StringComparison.Ordinal);

        var (signedIn, _) = await browser.PostAsync($"{start}/signin", new Dictionary<string, string> { ["voucherNumber"] = voucher, ["birthDate"] = HttpCampaign.BirthDate });
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal($"{start}/book", signedIn.Headers.Location?.OriginalString);
        var cookie = Assert.Single(signedIn.Headers.GetValues("Set-Cookie"), static c => c.StartsWith("checkin_booking=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains($"path={start}", cookie, StringComparison.OrdinalIgnoreCase);

        var picker = await browser.PageAsync($"{start}/book?date={campaign.Day1:yyyy-MM-dd}");
        Assert.Contains($"value=\"{campaign.Day1Slots[0]}\"", picker, StringComparison.Ordinal);
        Assert.Contains("残り5席", picker, StringComparison.Ordinal);

        var confirm = await browser.PageAsync($"{start}/confirm?date={campaign.Day1:yyyy-MM-dd}&slotId={campaign.Day1Slots[0]}");
        var key = PageBrowser.Find(confirm, "name=\"idempotencyKey\" value=\"([^\"]+)\"");
        var form = new Dictionary<string, string> { ["slotId"] = campaign.Day1Slots[0], ["date"] = $"{campaign.Day1:yyyy-MM-dd}", ["idempotencyKey"] = key };
        var (booked, _) = await browser.PostAsync($"{start}/book", form);
        var (bookedTwice, _) = await browser.PostAsync($"{start}/book", form);
        Assert.Equal(HttpStatusCode.Redirect, booked.StatusCode);
        Assert.Equal($"{start}/mine?booked=1", booked.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, bookedTwice.StatusCode);

        var mine = await browser.PageAsync($"{start}/mine?booked=1");
        Assert.Contains("予約しました", mine, StringComparison.Ordinal);
        Assert.Contains("2回目", mine, StringComparison.Ordinal);
        Assert.Matches("class=\"code\">[0-9]{8}<", mine);
        var summary = await staff.GetStringAsync($"{campaign.Api}/slots/{campaign.Day1Slots[0]}", TestContext.Current.CancellationToken);
        Assert.Contains("\"booked\":1", summary, StringComparison.Ordinal);

        var cancelUrl = PageBrowser.Find(mine, "action=\"(/booking/[^\"]+/cancel)\"");
        var (cancelled, _) = await browser.PostAsync(cancelUrl, new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, cancelled.StatusCode);
        var after = await browser.PageAsync($"{start}/mine?cancelled=1");
        Assert.Contains("取り消した予約", after, StringComparison.Ordinal);
        Assert.Contains("予約はありません", after, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartPage_InEnglish_AndAWrongBirthDate_ShowsTheFormAgainWithAnError()
    {
        using var staff = fixture.Staff();
        var campaign = await HttpCampaign.CreateAsync(staff, fixture.Tenant);
        var voucher = await campaign.NewVoucherAsync();
        using var browser = new PageBrowser(fixture.Factory);
        var start = $"/booking/{campaign.CampaignId}";

        var page = await browser.PageAsync(start + "?lang=en");
        var (response, html) = await browser.PostAsync($"{start}/signin?lang=en", new Dictionary<string, string> { ["voucherNumber"] = voucher, ["birthDate"] = "1960-04-02" });

        Assert.Contains("<html lang=\"en\">", page, StringComparison.Ordinal);
        Assert.Contains("Sign in with your voucher", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("role=\"alert\"", html, StringComparison.Ordinal);
        Assert.Contains("The voucher number or the date of birth is not right.", html, StringComparison.Ordinal);
        Assert.Contains($"value=\"{voucher}\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("1960-04-02", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BookingPages_WithoutASession_SendToTheStartPage()
    {
        using var staff = fixture.Staff();
        var campaign = await HttpCampaign.CreateAsync(staff, fixture.Tenant);
        using var browser = new PageBrowser(fixture.Factory);
        var start = $"/booking/{campaign.CampaignId}";

        var (book, _) = await browser.GetAsync($"{start}/book");
        var (mine, _) = await browser.GetAsync($"{start}/mine");

        Assert.Equal(start, book.Headers.Location?.OriginalString);
        Assert.Equal(start, mine.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task SignInForm_WithoutAntiforgeryToken_IsRefused_AndSetsNoSession()
    {
        using var staff = fixture.Staff();
        var campaign = await HttpCampaign.CreateAsync(staff, fixture.Tenant);
        var voucher = await campaign.NewVoucherAsync();
        using var browser = new PageBrowser(fixture.Factory);

        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["voucherNumber"] = voucher, ["birthDate"] = HttpCampaign.BirthDate });
        using var response = await browser.Client.PostAsync($"/booking/{campaign.CampaignId}/signin", form, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain(response.Headers.TryGetValues("Set-Cookie", out var cookies) ? cookies : [], static c => c.StartsWith("checkin_booking=", StringComparison.Ordinal));
    }

    [Fact]
    public async Task UnknownCampaignPage_Returns404Page()
    {
        using var browser = new PageBrowser(fixture.Factory);

        var (response, html) = await browser.GetAsync("/booking/c0000000000000000000000000000000");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("<html", html, StringComparison.Ordinal);
    }
}
