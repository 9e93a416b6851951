using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using CheckIn.Tests.Web;
using Microsoft.Playwright;

namespace CheckIn.Tests.Browser;

/// <summary>A staff member signs in with headless Chromium and watches the operations page update while grains
/// are called. Every wait is on a condition with a deadline.</summary>
[Collection(BrowserCollection.Name)]
public sealed class DashboardBrowserTests
{
    private const float Deadline = 30_000;

    [Fact]
    public async Task Admin_SignsInWithTheForm_AndSeesTheOperationsPageUpdateAsGrainsAreCalled()
    {
        await using var front = await BrowserWebFront.StartAsync(new Dictionary<string, string?> { ["WebFront:DashboardRefresh"] = "00:00:00.500" });
        await using var context = await front.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = front.Address.ToString() });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(Deadline);

        await page.GotoAsync("/operations");
        await page.WaitForURLAsync("**/signin?returnUrl=%2Foperations");
        await page.GetByLabel("ユーザー名").FillAsync("admin");
        await page.GetByLabel("パスワード").FillAsync(WebFrontFactory.AdminPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "サインイン" }).ClickAsync();
        await page.WaitForURLAsync("**/operations");
        var before = long.Parse(await page.Locator("#total-calls").GetAttributeAsync("data-value") ?? "0", CultureInfo.InvariantCulture);

        using var api = new HttpClient { BaseAddress = front.Address };
        using var token = await api.PostAsJsonAsync("/api/auth/token", new { username = "admin", password = WebFrontFactory.AdminPassword }, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, token.StatusCode);
        var bearer = (await token.Content.ReadFromJsonAsync<TokenBody>(TestContext.Current.CancellationToken))!.Token;
        for (var i = 0; i < 5; i++)
        {
            using var tenant = await api.SendAsync(new HttpRequestMessage(HttpMethod.Post, "/api/tenants")
            {
                Headers = { Authorization = new("Bearer", bearer) },
                Content = JsonContent.Create(new { id = WebFixture.Unique("b"), name = "Browser" }),
            }, TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.Created, tenant.StatusCode);
        }

        await page.WaitForFunctionAsync(
            "before => Number(document.querySelector('#total-calls')?.dataset.value) > before && document.querySelector('#live').dataset.refreshed",
            before,
            new PageWaitForFunctionOptions { Timeout = Deadline });
        await Assertions.Expect(page.Locator("#live")).ToContainTextAsync("TenantGrain", new() { Timeout = Deadline });
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "ja");
        await SaveScreenshotsAsync(page);
    }

    [Fact]
    public async Task Admin_OpensTheOrleansDashboard_ItShowsTheSiloWithNoBlockedOrMissingResource()
    {
        await using var front = await BrowserWebFront.StartAsync();
        await using var context = await front.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = front.Address.ToString() });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(Deadline);
        // What a user would see in the browser's console: blocked by the content security policy, failed to load, thrown.
        var problems = new System.Collections.Concurrent.ConcurrentQueue<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                problems.Enqueue($"{message.Text} ({message.Location})");
            }
        };
        page.PageError += (_, error) => problems.Enqueue(error);
        page.Response += (_, response) =>
        {
            if (response.Status >= 400)
            {
                problems.Enqueue($"{response.Status} {response.Url}");
            }
        };

        await page.GotoAsync("/signin?returnUrl=%2Fdashboard%2F");
        await page.GetByLabel("ユーザー名").FillAsync("admin");
        await page.GetByLabel("パスワード").FillAsync(WebFrontFactory.AdminPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "サインイン" }).ClickAsync();
        await page.WaitForURLAsync("**/dashboard/");

        var activeSilos = page.Locator(".info-box-content", new() { HasText = "Active Silos" }).Locator(".info-box-number");
        await Assertions.Expect(activeSilos).ToHaveTextAsync("1", new() { Timeout = Deadline });
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        Assert.True(problems.IsEmpty, string.Join(Environment.NewLine, problems));
    }

    /// <summary>With CHECKIN_SCREENSHOTS set to a folder, saves the dashboard and the sign-in page at phone and
    /// desktop widths, to look at them.</summary>
    private static async Task SaveScreenshotsAsync(IPage page)
    {
        if (Environment.GetEnvironmentVariable("CHECKIN_SCREENSHOTS") is not { Length: > 0 } folder)
        {
            return;
        }

        Directory.CreateDirectory(folder);
        foreach (var (name, width, height) in new[] { ("phone", 360, 740), ("desktop", 1280, 900) })
        {
            await page.SetViewportSizeAsync(width, height);
            await page.GotoAsync("/operations");
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, $"operations-{name}.png"), FullPage = true });
            await page.GotoAsync("/signin?lang=en");
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, $"signin-{name}.png") });
        }
    }

    private sealed record TokenBody(string Token);
}
