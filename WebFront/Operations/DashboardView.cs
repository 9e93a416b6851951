using System.Globalization;
using CheckIn.WebFront.Pages;

namespace CheckIn.WebFront.Operations;

/// <summary>Renders the operations page's live section: the part the page's script replaces on each refresh,
/// and the whole of what a browser without JavaScript sees (it reloads the page instead).</summary>
internal static class DashboardView
{
    public static HtmlContent Live(PageContext page, ClusterResponse cluster)
    {
        var process = cluster.ThisProcess;
        var activations = cluster.Silos.Sum(static s => s.Metrics?.Activations ?? 0);
        var history = process.CallsPerSecondHistory;
        var collectedAt = cluster.CollectedAt;
        return Html.Of($"""
            <p class="muted">{page.T("更新", "Updated")} <time datetime="{collectedAt:O}" id="updated">{collectedAt.ToLocalTime():HH:mm:ss}</time> · {page.T("直近", "last")} {process.Window.TotalSeconds:0.#} {page.T("秒の値", "s window")} · {Mode(page, cluster.Mode)}</p>
            <dl class="cards">
            <div><dt>{page.T("サイロ", "Silos")}</dt><dd id="silo-count">{cluster.Silos.Count}</dd></div>
            <div><dt>{page.T("アクティベーション", "Activations")}</dt><dd id="activations">{activations:N0}</dd></div>
            <div><dt>{page.T("呼び出し/秒", "Calls/s")}</dt><dd id="calls-per-second">{process.CallsPerSecond:N1}</dd></div>
            <div><dt>{page.T("呼び出し合計", "Calls in total")}</dt><dd id="total-calls" data-value="{process.TotalCalls}">{process.TotalCalls:N0}</dd></div>
            <div><dt>p50 / p99 (ms)</dt><dd id="latency">{Ms(process.P50Milliseconds)} / {Ms(process.P99Milliseconds)}</dd></div>
            <div><dt>{page.T("拒否（過負荷）", "Rejected (overload)")}</dt><dd id="rejected">{process.RejectedCalls + process.LoadSheddingRejections:N0}</dd></div>
            <div><dt>{page.T("タイムアウト", "Timed out")}</dt><dd id="timed-out">{process.TimedOutCalls:N0}</dd></div>
            </dl>
            <h2>{page.T("呼び出し/秒の推移", "Calls per second over time")}</h2>
            {Sparkline.Render(history, page.T($"直近{history.Count}秒の呼び出し/秒、最大 {Max(history)}", $"Calls per second over the last {history.Count} s, peak {Max(history)}"))}
            {SiloTable(page, cluster.Silos)}
            {GrainTypeTable(page, cluster.Silos)}
            {StorageTable(page, process.Storage)}
            {Notes(process.Notes)}
            """);
    }

    private static string Max(IReadOnlyList<double> values) => (values.Count == 0 ? 0 : values.Max()).ToString("N0", CultureInfo.InvariantCulture);

    private static string Mode(PageContext page, string mode) => mode == Hosting.WebFrontHosting.CoHostedMode
        ? page.T("サイロ同居", "co-hosted silo")
        : page.T("クラスターのクライアント", "cluster client");

    private static HtmlContent Notes(IReadOnlyList<string> notes)
        => Html.Join(notes.Select(static n => Html.Of($"<p class=\"muted\">{n}</p>")));

    private static HtmlContent SiloTable(PageContext page, IReadOnlyList<ClusterSilo> silos)
    {
        var rows = silos.Select(s => Html.Of($"""
            <tr><th scope="row">{s.Name}{(s.HostedHere ? page.T("（このプロセス）", " (this process)") : "")}</th><td>{s.Address}</td><td>{Status(page, s.Status)}</td><td><time datetime="{s.StartedAt:O}">{s.StartedAt.ToLocalTime():yyyy-MM-dd HH:mm}</time></td><td class="num">{Count(s.Metrics?.Activations)}</td><td class="num">{Percent(s.Metrics?.CpuUsagePercent)}</td><td class="num">{Count(s.Metrics?.ConnectedClients)}</td></tr>
            """));
        return Table(page.T("メンバーシップ", "Membership"), Html.Of($"""
            <tr><th scope="col">{page.T("サイロ", "Silo")}</th><th scope="col">{page.T("アドレス", "Address")}</th><th scope="col">{page.T("状態", "Status")}</th><th scope="col">{page.T("開始", "Started")}</th><th scope="col" class="num">{page.T("アクティベーション", "Activations")}</th><th scope="col" class="num">CPU %</th><th scope="col" class="num">{page.T("クライアント", "Clients")}</th></tr>
            """), rows);
    }

    private static HtmlContent GrainTypeTable(PageContext page, IReadOnlyList<ClusterSilo> silos)
    {
        var rows = silos.SelectMany(static s => s.Metrics?.GrainTypes ?? []).GroupBy(static t => t.GrainType).OrderBy(static g => g.Key, StringComparer.Ordinal)
            .Select(g => Html.Of($"""
                <tr><th scope="row">{g.Key}</th><td class="num">{g.Sum(static t => t.Activations):N0}</td></tr>
                """));
        return Table(page.T("グレインの種類", "Grain types"), Html.Of($"""
            <tr><th scope="col">{page.T("種類", "Type")}</th><th scope="col" class="num">{page.T("アクティベーション", "Activations")}</th></tr>
            """), rows);
    }

    private static HtmlContent StorageTable(PageContext page, IReadOnlyList<StorageCommitMetrics> storage)
    {
        var rows = storage
            .Select(s => Html.Of($"""
                <tr><th scope="row">{s.Provider}</th><td class="num">{s.CommitsPerSecond:N1}</td><td class="num">{s.WritesPerSecond:N1}</td><td class="num">{(s.MeanBatchSize is { } mean ? mean.ToString("N1", CultureInfo.InvariantCulture) : "–")}</td><td class="num">{s.MaxBatchSize:N0}</td><td class="num">{Ms(s.P50CommitMilliseconds)}</td><td class="num">{Ms(s.P99CommitMilliseconds)}</td><td class="num">{s.Commits:N0}</td><td class="num">{s.FailedCommits:N0}</td></tr>
                """));
        return Table(page.T("ストレージ（グループコミット）", "Storage (group commit)"), Html.Of($"""
            <tr><th scope="col">{page.T("プロバイダ", "Provider")}</th><th scope="col" class="num">{page.T("コミット/秒", "Commits/s")}</th><th scope="col" class="num">{page.T("書き込み/秒", "Writes/s")}</th><th scope="col" class="num">{page.T("平均バッチ", "Mean batch")}</th><th scope="col" class="num">{page.T("最大バッチ", "Max batch")}</th><th scope="col" class="num">p50 (ms)</th><th scope="col" class="num">p99 (ms)</th><th scope="col" class="num">{page.T("コミット合計", "Commits")}</th><th scope="col" class="num">{page.T("失敗", "Failed")}</th></tr>
            """), rows);
    }

    private static HtmlContent Table(string caption, HtmlContent header, IEnumerable<HtmlContent> rows)
    {
        var body = rows.ToList();
        var columns = header.Value.Split("<th", StringSplitOptions.None).Length - 1;
        var content = body.Count > 0 ? Html.Join(body) : Html.Of($"<tr><td colspan=\"{columns}\" class=\"muted\">–</td></tr>");
        return Html.Of($"""
            <div class="table-wrap"><table>
            <caption>{caption}</caption>
            <thead>{header}</thead>
            <tbody>{content}</tbody>
            </table></div>
            """);
    }

    private static string Status(PageContext page, string status) => status == "active" ? page.T("稼働中", "active") : status;

    private static string Count(long? value) => value is { } v ? v.ToString("N0", CultureInfo.InvariantCulture) : "–";

    private static string Percent(double? value) => value is { } v ? v.ToString("N0", CultureInfo.InvariantCulture) : "–";

    private static string Ms(double? value) => value is { } ms ? ms.ToString(ms < 10 ? "0.000" : "N1", CultureInfo.InvariantCulture) : "–";
}
