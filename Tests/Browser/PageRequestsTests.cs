using Microsoft.Playwright;

namespace CheckIn.Tests.Browser;

/// <summary>The failure message of a page wait names the requests the page still waits for.</summary>
[Collection(BrowserCollection.Name)]
public sealed class PageRequestsTests
{
    private const float Deadline = 30_000;

    [Fact]
    public async Task Describe_StylesheetNotYetAnswered_NamesItUntilItIsAnswered()
    {
        await using var front = await BrowserWebFront.StartAsync();
        await using var context = await front.Browser.NewContextAsync(new BrowserNewContextOptions { JavaScriptEnabled = false });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(Deadline);
        var requests = PageRequests.Watch(page);
        var held = new TaskCompletionSource<IRoute>(TaskCreationOptions.RunContinuationsAsynchronously);
        await page.RouteAsync("**/held.css", route =>
        {
            held.TrySetResult(route);
            return Task.CompletedTask;
        });

        var stylesheet = new Uri(front.Address, "/booking/assets/held.css");
        await page.SetContentAsync($"<!doctype html><title>t</title><link rel=\"stylesheet\" href=\"{stylesheet}\"><p>held</p>", new() { WaitUntil = WaitUntilState.DOMContentLoaded });
        var route = await held.Task.WaitAsync(TimeSpan.FromMilliseconds(Deadline), TestContext.Current.CancellationToken);

        Assert.Matches($"^GET {System.Text.RegularExpressions.Regex.Escape(stylesheet.ToString())} for [0-9]+\\.[0-9] s$", requests.Describe());

        await route.FulfillAsync(new() { Status = 200, ContentType = "text/css", Body = "p { color: black; }" });
        await page.WaitForLoadStateAsync(LoadState.Load);
        Assert.Equal("none", requests.Describe());
    }
}
