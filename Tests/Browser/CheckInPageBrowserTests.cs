using CheckIn.Grains.Interfaces.CheckIn;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace CheckIn.Tests.Browser;

/// <summary>A visitor checks in on a phone-sized screen (375x667) with JavaScript turned off: the page fits the
/// width, the touch targets are large, the form works, and the points are shown afterwards.</summary>
[Collection(BrowserCollection.Name)]
public sealed class CheckInPageBrowserTests
{
    private const float Deadline = 30_000;
    private const int PhoneWidth = 375;
    private const int MinimumTouchTarget = 44;

    [Fact]
    public async Task CheckInPage_PhoneWithoutJavaScript_FitsAndChecksInWithPoints()
    {
        await using var front = await BrowserWebFront.StartAsync();
        var grains = front.Factory.Services.GetRequiredService<IGrainFactory>();
        var venue = await grains.GetGrain<IVenueDirectoryGrain>("t-browser-" + Guid.NewGuid().ToString("N")[..8])
            .Register(new VenueRegistration("喫茶 みなと 北浜店", "restaurant", "大阪市中央区北浜1-1", "operator"));
        await using var context = await front.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = front.Address.ToString(),
            ViewportSize = new ViewportSize { Width = PhoneWidth, Height = 667 },
            IsMobile = true,
            HasTouch = true,
            JavaScriptEnabled = false,
        });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(Deadline);

        var response = await page.GotoAsync("/c/" + venue.Code);
        Assert.Equal(200, response!.Status);
        await Assertions.Expect(page.Locator(".venue-name")).ToHaveTextAsync("喫茶 みなと 北浜店");
        var email = page.GetByLabel("メールアドレス");
        var submit = page.GetByRole(AriaRole.Button, new() { Name = "登録する" });
        var mailto = page.Locator("a[href^='mailto:c-']");
        foreach (var target in new[] { email, submit, mailto })
        {
            var box = await target.BoundingBoxAsync();
            Assert.NotNull(box);
            Assert.True(box.Height >= MinimumTouchTarget, $"a touch target is {box.Height}px high");
            Assert.True(box.X >= 0 && box.X + box.Width <= PhoneWidth, $"a control overflows the phone's width: x={box.X}, width={box.Width}");
        }

        await email.FillAsync($"phone.{Guid.NewGuid():N}@example.jp");
        await submit.ClickAsync();

        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("登録しました");
        await Assertions.Expect(page.Locator("#points")).ToContainTextAsync("1");
        var points = await page.Locator("#points").BoundingBoxAsync();
        Assert.True(points is not null && points.X + points.Width <= PhoneWidth);
    }
}
