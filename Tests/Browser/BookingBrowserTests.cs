using System.Globalization;
using System.Net;
using CheckIn.Grains.Interfaces.Tenants;
using CheckIn.Tests.Booking.Web;
using CheckIn.Tests.Web;
using Microsoft.Playwright;

namespace CheckIn.Tests.Browser;

/// <summary>A resident books and cancels a vaccination on a phone-sized screen in headless Chromium, with
/// JavaScript turned off: every step is a plain link or form. Every wait is on a condition with a deadline.</summary>
[Collection(BrowserCollection.Name)]
public sealed class BookingBrowserTests
{
    private const float Deadline = 30_000;

    [Fact]
    public async Task Resident_OnAPhoneWithoutJavaScript_SignsInBooksSeesTheCodeAndCancels()
    {
        await using var front = await BrowserWebFront.StartAsync(new Dictionary<string, string?>
        {
            ["WaitingRoom:Enabled"] = "false",
        });
        var (campaign, voucher) = await SetUpAsync(front);
        await using var context = await front.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = front.Address.ToString(),
            ViewportSize = new ViewportSize { Width = 375, Height = 667 },
            IsMobile = true,
            HasTouch = true,
            JavaScriptEnabled = false,
            Locale = "ja-JP",
        });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(Deadline);
        var requests = PageRequests.Watch(page);

        await page.GotoAsync($"/booking/{campaign.CampaignId}");
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "ja");
        await SaveScreenshotAsync(page, "booking-start-phone");
        await page.GetByLabel("接種券番号（10桁）").FillAsync(voucher);
        await page.GetByLabel("生年月日").FillAsync(HttpCampaign.BirthDate);
        await page.GetByRole(AriaRole.Button, new() { Name = "次へ" }).ClickAsync();
        await ArriveAtAsync(page, requests, $"**/booking/{campaign.CampaignId}/book");

        await page.GetByLabel("日付", new() { Exact = true }).FillAsync(campaign.Day1.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await page.GetByRole(AriaRole.Button, new() { Name = "空き状況を見る" }).ClickAsync();
        await ArriveAtAsync(page, requests, "**/book?date=*");
        await SaveScreenshotAsync(page, "booking-slots-phone");
        await page.GetByRole(AriaRole.Radio, new() { Name = "11:00 Community hall 残り5席" }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "この時間で確認する" }).ClickAsync();
        await ArriveAtAsync(page, requests, "**/confirm?*");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("11:00");
        await SaveScreenshotAsync(page, "booking-confirm-phone");
        await page.GetByRole(AriaRole.Button, new() { Name = "この内容で予約する" }).ClickAsync();
        await ArriveAtAsync(page, requests, "**/mine?booked=1");

        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("予約しました");
        await Assertions.Expect(page.Locator(".code")).ToHaveCountAsync(2);
        await Assertions.Expect(page.Locator(".code").First).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^[0-9]{8}$"));
        await AssertFitsTheScreenAsync(page);
        await SaveScreenshotAsync(page, "booking-mine-phone");

        await page.GetByRole(AriaRole.Link, new() { Name = "English" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Your booking");
        await page.GetByRole(AriaRole.Button, new() { Name = "Cancel this booking (both doses)" }).ClickAsync();
        await ArriveAtAsync(page, requests, "**/mine?cancelled=1");
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Your booking is cancelled.");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Book a vaccination" })).ToBeVisibleAsync();
    }

    private static async Task<(HttpCampaign Campaign, string Voucher)> SetUpAsync(BrowserWebFront front)
    {
        var tenant = WebFixture.Unique("pw");
        var username = "ma." + tenant;
        using var admin = new HttpClient { BaseAddress = front.Address };
        admin.DefaultRequestHeaders.Authorization = new("Bearer", await admin.GetTokenAsync("admin", WebFrontFactory.AdminPassword));
        using var created = await admin.PostJsonAsync("/api/tenants", new { id = tenant, name = "Browser city" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        using var staffCreated = await admin.PostJsonAsync($"/api/tenants/{tenant}/staff", new { username, password = BookingWebFixture.StaffPassword, role = StaffRoles.MunicipalityAdmin });
        Assert.Equal(HttpStatusCode.Created, staffCreated.StatusCode);
        var staff = new HttpClient { BaseAddress = front.Address };
        staff.DefaultRequestHeaders.Authorization = new("Bearer", await staff.GetTokenAsync(username, BookingWebFixture.StaffPassword));
        var campaign = await HttpCampaign.CreateAsync(staff, tenant);
        return (campaign, await campaign.NewVoucherAsync());
    }

    /// <summary>Nothing wider than the phone: no sideways scrolling. Measured by the browser's layout, read
    /// through the accessibility of the page's own elements (page scripts are off).</summary>
    private static async Task AssertFitsTheScreenAsync(IPage page)
    {
        foreach (var element in await page.Locator("main, main form, main section, main dl").AllAsync())
        {
            var box = await element.BoundingBoxAsync();
            Assert.NotNull(box);
            Assert.True(box.X >= 0 && box.X + box.Width <= 375.5, $"an element spans {box.X}..{box.X + box.Width}px on a 375px screen");
        }
    }

    /// <summary>Waits for the page to arrive at <paramref name="pattern"/>; on a timeout the failure names the page the
    /// browser did arrive at, with its heading and alerts, instead of Playwright's bare timeout.</summary>
    private static async Task ArriveAtAsync(IPage page, PageRequests requests, string pattern)
    {
        try
        {
            await page.WaitForURLAsync(pattern);
        }
        catch (TimeoutException)
        {
            var heading = await page.Locator("h1").AllInnerTextsAsync();
            var alerts = await page.Locator("[role=alert], [role=status]").AllInnerTextsAsync();
            Assert.Fail($"Waited for {pattern}; the browser is at {page.Url}, heading '{string.Join(" / ", heading)}', alerts '{string.Join(" / ", alerts)}', requests unanswered: {requests.Describe()}.");
        }
    }

    /// <summary>With CHECKIN_SCREENSHOTS set to a folder, saves the page there to look at.</summary>
    private static async Task SaveScreenshotAsync(IPage page, string name)
    {
        if (Environment.GetEnvironmentVariable("CHECKIN_SCREENSHOTS") is not { Length: > 0 } folder)
        {
            return;
        }

        Directory.CreateDirectory(folder);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, name + ".png"), FullPage = true });
    }
}
