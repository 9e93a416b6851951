using System.Globalization;
using System.Net;
using System.Text;

namespace CheckIn.Benchmarks.Burst;

/// <summary>The report as one self-contained HTML page: the tables of <see cref="BurstReport"/> and, per scenario,
/// throughput over time and latency over time as inline SVG (no script, no external resource).</summary>
internal static class HtmlReport
{
    private const int Width = 640;
    private const int Height = 220;
    private const int Left = 64;
    private const int Right = 16;
    private const int Top = 16;
    private const int Bottom = 36;

    public static string Render(BurstRunReport report)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Burst capacity</title><style>")
            .Append("body{font-family:system-ui,sans-serif;margin:2em;max-width:1500px;color:#222}table{border-collapse:collapse;margin:1em 0}")
            .Append("th,td{border:1px solid #ccc;padding:4px 8px;font-size:14px}td.n{text-align:right}.bad{color:#b00;font-weight:bold}.ok{color:#070}")
            .Append("svg{background:#fafafa;border:1px solid #ddd;margin:4px 8px 4px 0}.charts{display:flex;flex-wrap:wrap}")
            .Append("</style></head><body>\n");
        Append(html, $"<h1>Burst capacity: {report.StartedAt:yyyy-MM-dd HH:mm} UTC</h1>");
        Append(html, $"<p>Command: <code>{E(report.CommandLine)}</code><br>Machine: {E(report.Machine.Describe())}<br>Run time: {report.Elapsed.TotalMinutes:0.0} min</p>");
        html.Append("<h2>Targets</h2><table><tr><th>target</th><th>measured in this run</th><th>verdict</th></tr>\n");
        foreach (var verdict in report.Targets)
        {
            var css = verdict.Met == false ? "bad" : verdict.Met == true ? "ok" : string.Empty;
            Append(html, $"<tr><td>{E(verdict.Target)}</td><td>{E(verdict.Measured)}</td><td class=\"{css}\">{E(verdict.Verdict)}</td></tr>\n");
        }

        html.Append("</table>\n");
        var ratios = BurstTargets.RatioLines(report.Results);
        if (ratios.Count > 0)
        {
            html.Append("<pre>");
            foreach (var ratio in ratios)
            {
                Append(html, $"{E(ratio)}\n");
            }

            html.Append("</pre>\n");
        }

        html.Append("<h2>Results</h2><table><tr><th>scenario</th><th>mode</th><th>storage</th><th>requests</th><th>confirmed</th><th>confirmed/s</th><th>requests/s</th>")
            .Append("<th>p50 ms</th><th>p95 ms</th><th>p99 ms</th><th>max ms</th><th>refusals and errors by code</th><th>overbookings</th><th>double bookings</th><th>after restart</th></tr>\n");
        foreach (var r in report.Results)
        {
            var l = r.Latency;
            var css = r.Verified == false || r.Overbookings > 0 || r.DoubleBookings > 0 ? "bad" : string.Empty;
            Append(html, $"<tr><td>{E(r.Scenario)}</td><td>{E(r.Mode)}</td><td>{E(r.Storage)}</td><td class=\"n\">{r.Samples.Count:N0}</td><td class=\"n\">{r.Confirmed:N0}</td>");
            Append(html, $"<td class=\"n\">{r.ConfirmedPerSecond:N0}</td><td class=\"n\">{r.RequestsPerSecond:N0}</td><td class=\"n\">{l.P50:0.0}</td><td class=\"n\">{l.P95:0.0}</td><td class=\"n\">{l.P99:0.0}</td><td class=\"n\">{l.Max:0.0}</td><td>{E(BurstReport.OtherAnswers(r))}</td>");
            Append(html, $"<td class=\"n {css}\">{r.Overbookings}</td><td class=\"n {css}\">{r.DoubleBookings}</td><td class=\"{css}\">{E(BurstReport.VerifiedText(r))}</td></tr>\n");
        }

        html.Append("</table>\n");
        foreach (var r in report.Results)
        {
            var series = TimeSeries.Of(r.Samples);
            Append(html, $"<h3>{E(r.Title)}</h3><p>{E(r.Parameters)}<br>answers: {E(string.Join(", ", r.Outcomes.Select(o => $"{o.Key} {o.Value:N0}")))}<br>read-back: {E(r.Verification)}");
            foreach (var note in r.Notes)
            {
                Append(html, $"<br>{E(note)}");
            }

            html.Append("</p><div class=\"charts\">");
            html.Append(Chart("throughput over time (per second)", series, [("requests/s", "#1f77b4", b => b.RequestsPerSecond), ("confirmed/s", "#2ca02c", b => b.ConfirmedPerSecond)]));
            html.Append(Chart("latency over time (ms)", series, [("p50", "#1f77b4", b => b.P50), ("p99", "#d62728", b => b.P99)]));
            html.Append("</div>\n");
        }

        html.Append("</body></html>\n");
        return html.ToString();
    }

    private static string Chart(string title, TimeSeries series, (string Name, string Color, Func<TimeSeries.Bucket, double> Value)[] lines)
    {
        var svg = new StringBuilder();
        Append(svg, $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{Width}\" height=\"{Height}\" viewBox=\"0 0 {Width} {Height}\" role=\"img\" aria-label=\"{E(title)}\">");
        Append(svg, $"<text x=\"{Left}\" y=\"12\" font-size=\"12\">{E(title)}</text>");
        var maxX = series.Buckets.Count == 0 ? 1 : series.Buckets[^1].Seconds + series.BucketSeconds / 2;
        var maxY = Nice(series.Buckets.SelectMany(b => lines.Select(l => l.Value(b))).DefaultIfEmpty(1).Max());
        var plotWidth = Width - Left - Right;
        var plotHeight = Height - Top - Bottom;
        double X(double seconds) => Left + (seconds / maxX * plotWidth);
        double Y(double value) => Top + plotHeight - (value / maxY * plotHeight);
        for (var tick = 0; tick <= 4; tick++)
        {
            var value = maxY * tick / 4;
            Append(svg, $"<line x1=\"{Left}\" y1=\"{Y(value):0.#}\" x2=\"{Width - Right}\" y2=\"{Y(value):0.#}\" stroke=\"#ddd\"/>");
            Append(svg, $"<text x=\"{Left - 4}\" y=\"{Y(value) + 4:0.#}\" font-size=\"10\" text-anchor=\"end\">{value:N0}</text>");
            var seconds = maxX * tick / 4;
            Append(svg, $"<text x=\"{X(seconds):0.#}\" y=\"{Height - Bottom + 14}\" font-size=\"10\" text-anchor=\"middle\">{seconds:0.#} s</text>");
        }

        Append(svg, $"<line x1=\"{Left}\" y1=\"{Top + plotHeight}\" x2=\"{Width - Right}\" y2=\"{Top + plotHeight}\" stroke=\"#888\"/>");
        for (var i = 0; i < lines.Length; i++)
        {
            var (name, color, value) = lines[i];
            var points = string.Join(' ', series.Buckets.Select(b => string.Create(CultureInfo.InvariantCulture, $"{X(b.Seconds):0.#},{Y(value(b)):0.#}")));
            Append(svg, $"<polyline fill=\"none\" stroke=\"{color}\" stroke-width=\"1.5\" points=\"{points}\"/>");
            Append(svg, $"<rect x=\"{Left + 10 + (i * 110)}\" y=\"{Height - 14}\" width=\"10\" height=\"3\" fill=\"{color}\"/><text x=\"{Left + 24 + (i * 110)}\" y=\"{Height - 10}\" font-size=\"10\">{E(name)}</text>");
        }

        svg.Append("</svg>");
        return svg.ToString();
    }

    /// <summary>Rounds a chart's top up to 1, 2 or 5 times a power of ten.</summary>
    private static double Nice(double max)
    {
        if (max <= 0 || double.IsNaN(max))
        {
            return 1;
        }

        var power = Math.Pow(10, Math.Floor(Math.Log10(max)));
        return new[] { 1, 2, 5, 10 }.Select(m => m * power).First(v => v >= max);
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);

    private static void Append(StringBuilder builder, FormattableString text) => builder.Append(text.ToString(CultureInfo.InvariantCulture));
}
