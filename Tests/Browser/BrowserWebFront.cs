using System.Net;
using CheckIn.Tests.Web;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace CheckIn.Tests.Browser;

/// <summary>A web front on a real loopback port (Kestrel, port chosen by the system) and headless Debian
/// Chromium driven by Playwright.</summary>
public sealed class BrowserWebFront : IAsyncDisposable
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private static readonly string[] s_chromiumArgs =
    [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
    ];

    private BrowserWebFront(WebFrontFactory factory, IPlaywright playwright, IBrowser browser, Uri address)
    {
        Factory = factory;
        Playwright = playwright;
        Browser = browser;
        Address = address;
    }

    public WebFrontFactory Factory { get; }

    public IPlaywright Playwright { get; }

    public IBrowser Browser { get; }

    public Uri Address { get; }

    /// <summary>Starts both, or skips the test when Chromium is missing outside CI (CI installs it: scripts/test.sh).</summary>
    public static async Task<BrowserWebFront> StartAsync(IDictionary<string, string?>? settings = null)
    {
        if (!File.Exists(ChromiumPath))
        {
            if (Environment.GetEnvironmentVariable("CI") is { Length: > 0 })
            {
                Assert.Fail($"{ChromiumPath} is missing; scripts/test.sh installs it (apt-get install chromium).");
            }

            Assert.Skip($"{ChromiumPath} is missing: install it with 'apt-get install -y chromium' (scripts/test.sh does).");
        }

        var factory = new WebFrontFactory(settings);
        factory.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        factory.StartServer();
        var address = new Uri(factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        var playwright = await Microsoft.Playwright.Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = s_chromiumArgs,
            Timeout = 60_000,
        });
        return new BrowserWebFront(factory, playwright, browser, address);
    }

    public async ValueTask DisposeAsync()
    {
        await Browser.DisposeAsync();
        Playwright.Dispose();
        await Factory.DisposeAsync();
    }
}
