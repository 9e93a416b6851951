using System.Globalization;
using CheckIn.WebFront.Auth;
using CheckIn.WebFront.Hosting;
using CheckIn.WebFront.Pages;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Orleans.Dashboard;

namespace CheckIn.WebFront.Operations;

/// <summary>The admin views of the cluster. <c>/dashboard</c> is Microsoft.Orleans.Dashboard (silos, grains, methods,
/// reminders, live charts; a script application). <c>/operations</c> is the project's own page on the figures of
/// <c>/api/cluster</c> (storage group commit, back-pressure), server-rendered so that it works without JavaScript,
/// and <c>/operations/live</c> the fragment its script fetches every few seconds. All behind the admin policy.</summary>
public static class DashboardPages
{
    /// <summary>Where Microsoft.Orleans.Dashboard is mounted.</summary>
    public const string DashboardPath = "/dashboard";

    /// <summary>Where the project's own operations page is.</summary>
    public const string OperationsPath = "/operations";

    public static IEndpointRouteBuilder MapDashboard(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapOrleansDashboard(DashboardPath).ExcludeFromDescription().RequireAuthorization(StaffPolicies.Admin);
        var pages = app.MapGroup(OperationsPath).ExcludeFromDescription().RequireAuthorization(StaffPolicies.Admin);
        pages.MapGet("", ShowOperations);
        pages.MapGet("/live", ShowLive);
        return app;
    }

    internal static async Task<ContentHttpResult> ShowOperations(HttpContext http, IClusterSilos cluster, IOptions<WebFrontOptions> options, CancellationToken cancellationToken)
    {
        var page = PageContext.For(http);
        var snapshot = await cluster.ReadAsync(cancellationToken);
        var refresh = options.Value.DashboardRefresh;
        var refreshSeconds = Math.Max(1, (int)Math.Ceiling(refresh.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        var head = Html.Of($"""
            <noscript><meta http-equiv="refresh" content="{refreshSeconds}"></noscript>
            <script src="/js/dashboard.js" defer></script>
            """);
        var main = Html.Of($"""
            <h1>{page.T("運用", "Operations")}</h1>
            <p><a href="{DashboardPath}/">{page.T("Orleans ダッシュボード（グレイン、メソッド、リマインダー）", "Orleans dashboard (grains, methods, reminders)")}</a></p>
            <p id="live-status" class="muted" data-error="{page.T("更新できませんでした", "Could not refresh")}" aria-live="polite"></p>
            <section id="live" data-source="{OperationsPath}/live?lang={page.Language}" data-refresh-ms="{(int)refresh.TotalMilliseconds}">
            {DashboardView.Live(page, snapshot)}
            </section>
            """);
        return PageResults.Page(page, page.T("運用", "Operations"), main, head: head);
    }

    internal static async Task<ContentHttpResult> ShowLive(HttpContext http, IClusterSilos cluster, CancellationToken cancellationToken)
    {
        var snapshot = await cluster.ReadAsync(cancellationToken);
        http.Response.Headers.CacheControl = "no-store";
        return PageResults.Fragment(DashboardView.Live(PageContext.For(http), snapshot));
    }
}
