using System.Globalization;
using CheckIn.WebFront.Auth;
using CheckIn.WebFront.Hosting;
using CheckIn.WebFront.Pages;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace CheckIn.WebFront.Operations;

/// <summary>The admin dashboard: <c>GET /dashboard</c>, and <c>GET /dashboard/live</c>, the fragment its
/// script fetches every few seconds. Without JavaScript the page reloads itself instead.</summary>
public static class DashboardPages
{
    public static IEndpointRouteBuilder MapDashboard(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var pages = app.MapGroup("/dashboard").ExcludeFromDescription().RequireAuthorization(StaffPolicies.Admin);
        pages.MapGet("", ShowDashboard);
        pages.MapGet("/live", ShowLive);
        return app;
    }

    internal static async Task<ContentHttpResult> ShowDashboard(HttpContext http, IClusterSilos cluster, TimeProvider time, IOptions<WebFrontOptions> options, CancellationToken cancellationToken)
    {
        var page = PageContext.For(http);
        var silos = await cluster.GetSilosAsync(cancellationToken);
        var refresh = options.Value.DashboardRefresh;
        var refreshSeconds = Math.Max(1, (int)Math.Ceiling(refresh.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        var head = Html.Of($"""
            <noscript><meta http-equiv="refresh" content="{refreshSeconds}"></noscript>
            <script src="/js/dashboard.js" defer></script>
            """);
        var main = Html.Of($"""
            <h1>{page.T("ダッシュボード", "Dashboard")}</h1>
            <p id="live-status" class="muted" data-error="{page.T("更新できませんでした", "Could not refresh")}" aria-live="polite"></p>
            <section id="live" data-source="/dashboard/live?lang={page.Language}" data-refresh-ms="{(int)refresh.TotalMilliseconds}">
            {DashboardView.Live(page, silos, time.GetUtcNow())}
            </section>
            """);
        return PageResults.Page(page, page.T("ダッシュボード", "Dashboard"), main, head: head);
    }

    internal static async Task<ContentHttpResult> ShowLive(HttpContext http, IClusterSilos cluster, TimeProvider time, CancellationToken cancellationToken)
    {
        var silos = await cluster.GetSilosAsync(cancellationToken);
        http.Response.Headers.CacheControl = "no-store";
        return PageResults.Fragment(DashboardView.Live(PageContext.For(http), silos, time.GetUtcNow()));
    }
}
