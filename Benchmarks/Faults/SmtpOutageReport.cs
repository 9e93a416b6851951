using System.Globalization;
using System.Text;
using CheckIn.Benchmarks.Burst;

namespace CheckIn.Benchmarks.Faults;

/// <summary>An SMTP outage run as Markdown: one row with the warnings as delivered and the recovery times, then the
/// run's parameters and notes.</summary>
internal static class SmtpOutageReport
{
    public static string Markdown(string commandLine, MachineInfo machine, TimeSpan elapsed, SmtpOutageResult r)
    {
        var text = new StringBuilder();
        Line(text, $"Command: `{commandLine}`  ");
        Line(text, $"Machine: {machine.Describe()}  ");
        Line(text, $"Took {elapsed.TotalMinutes:0.0} min.");
        Line(text, "");
        Line(text, "| fault | warnings | delivered | duplicates | missing | failed | delivered before the kill | outage | server start | restart to first delivery | restart to all delivered | failed attempts | verdict |");
        Line(text, "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|");
        Line(text, $"| {FaultKinds.SmtpOutage} | {r.Warnings:N0} | {r.Delivered:N0} | {r.Duplicates:N0} | {r.Missing:N0} | {r.Failed:N0} | {r.DeliveredAtFault:N0} | "
            + $"{Seconds(r.Outage)} | {Seconds(r.ServerStart)} | {Seconds(r.FirstDeliveryAfterRestart)} | {Seconds(r.AllDeliveredAfterRestart)} | {r.FailedAttempts:N0} | {(r.Correct ? "correct" : "**broken**")} |");
        Line(text, "");
        Line(text, $"- **{FaultKinds.SmtpOutage}** ({r.Parameters}): killed {Seconds(r.FaultAt)} after the exposure report; {string.Join("; ", r.Notes)}.");
        return text.ToString();
    }

    private static string Seconds(TimeSpan? value) => value is { } v ? v.TotalSeconds.ToString("0.00 's'", CultureInfo.InvariantCulture) : "never";

    private static void Line(StringBuilder text, FormattableString line) => text.Append(line.ToString(CultureInfo.InvariantCulture)).Append('\n');

    private static void Line(StringBuilder text, string line) => text.Append(line).Append('\n');
}
