using System.Globalization;
using System.Text;
using CheckIn.Benchmarks.Burst;

namespace CheckIn.Benchmarks.Faults;

/// <summary>The fault runs as Markdown: for the booking stampede, one row per fault with the answers by status, the
/// recovery times and the read-back, then each run's parameters, answer codes and notes; for the SMTP outage, the
/// warnings as delivered and the recovery times.</summary>
internal static class FaultReport
{
    public static string Markdown(string commandLine, MachineInfo machine, TimeSpan elapsed, IReadOnlyList<FaultResult> results)
    {
        var text = Header(commandLine, machine, elapsed);
        Line(text, "| fault | 201 | 409 slot_full | other 4xx | 503 | 503 without Retry-After | 500 / other 5xx | unreachable | no answer | recovery: first 201 | recovery: every slot answering | slowest answer | acknowledged | lost (database) | lost (API) | overbooked slots | verdict |");
        Line(text, "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|");
        foreach (var r in results)
        {
            Line(text, $"| {r.Fault} | {r.Created:N0} | {r.SlotFull:N0} | {r.Refused:N0} | {r.Unavailable:N0} | {r.UnavailableWithoutRetryAfter:N0} | {r.ServerErrors:N0} | {r.Unreachable:N0} | {r.NoAnswer:N0} | "
                + $"{Seconds(r.FirstCreatedAfterBack)} | {Seconds(r.AllSlotsServingAfterBack)} | {Seconds(r.SlowestAnswer)} | {r.Acknowledged:N0} | {r.LostInDatabase:N0} | {r.LostViaApi:N0} | {r.OverbookedSlots:N0} | {(r.Correct ? "correct" : "**broken**")} |");
        }

        Line(text, "");
        foreach (var r in results)
        {
            var codes = r.AnswerCodes.Count == 0 ? "none" : string.Join(", ", r.AnswerCodes.OrderByDescending(c => c.Value).Select(c => $"{c.Key} x{c.Value:N0}"));
            Line(text, $"- **{r.Fault}** ({r.Parameters}): fault at {r.FaultAt.TotalSeconds:0.0} s after the opening, back at {r.BackAt.TotalSeconds:0.0} s; "
                + $"{r.StoredActive:N0} active reservations stored ({r.Unacknowledged:N0} never acknowledged, {r.UnacknowledgedUnsettled:N0} of them unsettled at their slot); "
                + $"residents who gave up {r.GaveUp}; other answers: {codes}; {string.Join("; ", r.Notes)}.");
        }

        return text.ToString();
    }

    public static string Markdown(string commandLine, MachineInfo machine, TimeSpan elapsed, SmtpOutageResult r)
    {
        var text = Header(commandLine, machine, elapsed);
        Line(text, "| fault | warnings | delivered | duplicates | missing | failed | delivered before the kill | outage | server start | restart to first delivery | restart to all delivered | failed attempts | verdict |");
        Line(text, "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|");
        var duplicates = r.OtherMessages > 0 ? $"{r.Duplicates:N0} ({r.OtherMessages:N0} another message)" : r.Duplicates > 0 ? $"{r.Duplicates:N0} (resent, same Message-ID)" : "0";
        Line(text, $"| {FaultKinds.SmtpOutage} | {r.Warnings:N0} | {r.Delivered:N0} | {duplicates} | {r.Missing:N0} | {r.Failed:N0} | {r.DeliveredAtFault:N0} | "
            + $"{Seconds(r.Outage)} | {Seconds(r.ServerStart)} | {Seconds(r.FirstDeliveryAfterRestart)} | {Seconds(r.AllDeliveredAfterRestart)} | {r.FailedAttempts:N0} | {(r.Correct ? "correct" : "**broken**")} |");
        Line(text, "");
        Line(text, $"- **{FaultKinds.SmtpOutage}** ({r.Parameters}): killed {Seconds(r.FaultAt)} after the exposure report; {string.Join("; ", r.Notes)}.");
        return text.ToString();
    }

    private static StringBuilder Header(string commandLine, MachineInfo machine, TimeSpan elapsed)
    {
        var text = new StringBuilder();
        Line(text, $"Command: `{commandLine}`  ");
        Line(text, $"Machine: {machine.Describe()}  ");
        Line(text, $"Took {elapsed.TotalMinutes:0.0} min.");
        Line(text, "");
        return text;
    }

    private static string Seconds(TimeSpan? value) => value is { } v ? v.TotalSeconds.ToString("0.00 's'", CultureInfo.InvariantCulture) : "never";

    private static void Line(StringBuilder text, FormattableString line) => text.Append(line.ToString(CultureInfo.InvariantCulture)).Append('\n');

    private static void Line(StringBuilder text, string line) => text.Append(line).Append('\n');
}
