using System.Globalization;
using System.Text;

namespace CheckIn.Benchmarks.Burst;

/// <summary>Writes a run as Markdown (<c>report.md</c>) and as a self-contained HTML page (<c>report.html</c>).</summary>
internal static class BurstReport
{
    public static async Task<(string Markdown, string Html)> WriteAsync(BurstRunReport report, string directory)
    {
        Directory.CreateDirectory(directory);
        var markdown = Path.Combine(directory, "report.md");
        var html = Path.Combine(directory, "report.html");
        await File.WriteAllTextAsync(markdown, Markdown(report));
        await File.WriteAllTextAsync(html, HtmlReport.Render(report));
        return (markdown, html);
    }

    public static string Markdown(BurstRunReport report)
    {
        var text = new StringBuilder();
        Line(text, $"# Burst capacity: {report.StartedAt:yyyy-MM-dd HH:mm} UTC");
        Line(text, $"");
        Line(text, $"Command: `{report.CommandLine}`  ");
        Line(text, $"Machine: {report.Machine.Describe()}  ");
        Line(text, $"Run time: {report.Elapsed.TotalMinutes:0.0} min");
        Line(text, $"");
        Line(text, $"## Targets");
        Line(text, $"");
        Line(text, $"| target | measured in this run | verdict |");
        Line(text, $"|---|---|---|");
        foreach (var verdict in report.Targets)
        {
            Line(text, $"| {verdict.Target} | {verdict.Measured} | {verdict.Verdict} |");
        }

        Line(text, $"");
        foreach (var ratio in BurstTargets.RatioLines(report.Results))
        {
            Line(text, $"    {ratio}");
        }

        Line(text, $"");
        Line(text, $"## Results");
        Line(text, $"");
        Line(text, $"| scenario | mode | storage | requests | confirmed | confirmed/s | requests/s | p50 ms | p95 ms | p99 ms | max ms | refusals and errors by code | overbookings | double bookings | after restart |");
        Line(text, $"|---|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---|---:|---:|---|");
        foreach (var r in report.Results)
        {
            var l = r.Latency;
            Line(text, $"| {r.Scenario} | {r.Mode} | {r.Storage} | {r.Samples.Count:N0} | {r.Confirmed:N0} | {r.ConfirmedPerSecond:N0} | {r.RequestsPerSecond:N0} | {l.P50:0.0} | {l.P95:0.0} | {l.P99:0.0} | {l.Max:0.0} | {OtherAnswers(r)} | {r.Overbookings} | {r.DoubleBookings} | {VerifiedText(r)} |");
        }

        foreach (var r in report.Results)
        {
            Line(text, $"");
            Line(text, $"### {r.Title}");
            Line(text, $"");
            Line(text, $"- parameters: {r.Parameters}");
            Line(text, $"- answers: {string.Join(", ", r.Outcomes.Select(o => $"{o.Key} {o.Value:N0}"))}");
            Line(text, $"- duration {r.DurationSeconds:0.00} s; {r.Confirmed:N0} confirmed ({r.ConfirmedPerSecond:N0}/s until the last confirmation); {r.RequestsPerSecond:N0} requests/s");
            Line(text, $"- read-back: {r.Verification}");
            foreach (var note in r.Notes)
            {
                Line(text, $"- {note}");
            }
        }

        Line(text, $"");
        Line(text, $"Latency is per request (refusals included), measured by the load client from sending to the full answer. \"confirmed/s\" divides the confirmations by the time from the opening instant to the last confirmation.");
        return text.ToString();
    }

    /// <summary>The answers other than "confirmed", by code: "slot_full 30,791" or "none".</summary>
    public static string OtherAnswers(ScenarioResult result)
    {
        var others = result.Outcomes.Where(o => o.Key != BurstOutcomes.Confirmed).Select(o => string.Create(CultureInfo.InvariantCulture, $"{o.Key} {o.Value:N0}")).ToList();
        return others.Count == 0 ? "none" : string.Join(", ", others);
    }

    public static string VerifiedText(ScenarioResult result) => result.Verified switch
    {
        true => "agrees",
        false => "DISAGREES",
        null => "n/a",
    };

    private static void Line(StringBuilder text, FormattableString line) => text.Append(line.ToString(CultureInfo.InvariantCulture)).Append('\n');
}
