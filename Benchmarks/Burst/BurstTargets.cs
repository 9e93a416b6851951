using System.Globalization;

namespace CheckIn.Benchmarks.Burst;

/// <summary>The burst-capacity targets of DESIGN.md, judged with ratios measured in the same run.</summary>
internal static class BurstTargets
{
    public static IReadOnlyList<TargetVerdict> Evaluate(IReadOnlyList<ScenarioResult> results)
    {
        var verdicts = new List<TargetVerdict>();
        var baseline = Find(results, BurstScenarios.Baseline, BurstScenarios.Http, "PostgreSQL");
        var engine = Find(results, BurstScenarios.Stampede, BurstScenarios.InProcess, "PostgreSQL");
        var engineHttp = Find(results, BurstScenarios.Stampede, BurstScenarios.Http, "PostgreSQL");
        var kestrel = results.FirstOrDefault(r => r.Scenario == BurstScenarios.BareKestrel);

        verdicts.Add(Ratio("stampede, durable PostgreSQL, in-process: confirmed reservations/s >= 10x the baseline", engine, baseline, 10, r => r.ConfirmedPerSecond, "confirmed/s"));
        verdicts.Add(Ratio("stampede, durable PostgreSQL, over HTTP: confirmed reservations/s >= 10x the baseline", engineHttp, baseline, 10, r => r.ConfirmedPerSecond, "confirmed/s"));
        verdicts.Add(engineHttp is null
            ? new TargetVerdict("stampede, durable PostgreSQL, over HTTP: p99 <= 50 ms", "not in this run", null)
            : new TargetVerdict("stampede, durable PostgreSQL, over HTTP: p99 <= 50 ms", F($"p99 {engineHttp.Latency.P99:0.0} ms"), engineHttp.Latency.P99 <= 50));
        verdicts.Add(engineHttp is null
            ? new TargetVerdict("stampede, durable PostgreSQL, over HTTP: no 5xx, no timeout", "not in this run", null)
            : new TargetVerdict("stampede, durable PostgreSQL, over HTTP: no 5xx, no timeout", F($"{ServerErrors(engineHttp):N0} answers 5xx or timed out"), ServerErrors(engineHttp) == 0));
        foreach (var inProcess in results.Where(r => r.Mode == BurstScenarios.InProcess && r.Storage == "PostgreSQL" && r.Scenario is BurstScenarios.Stampede or BurstScenarios.CheckInStorm))
        {
            verdicts.Add(new TargetVerdict(
                $"{inProcess.Scenario}, in-process, PostgreSQL: p99 < 50 ms",
                F($"p99 {inProcess.Latency.P99:0.0} ms"),
                inProcess.Samples.Count == 0 ? null : inProcess.Latency.P99 < 50));
        }

        foreach (var http in results.Where(r => r.Mode == BurstScenarios.Http && r.Scenario is BurstScenarios.Stampede or BurstScenarios.CheckInStorm))
        {
            if (http.Paced)
            {
                verdicts.Add(new TargetVerdict($"{http.Scenario}, HTTP, {http.Storage}: requests/s >= 0.5x bare Kestrel", "paced at a target rate: not a capacity figure", null));
                continue;
            }

            verdicts.Add(Ratio($"{http.Scenario}, HTTP, {http.Storage}: requests/s >= 0.5x bare Kestrel", http, kestrel, 0.5, r => r.RequestsPerSecond, "requests/s"));
        }

        foreach (var exposure in results.Where(r => r.Scenario == BurstScenarios.ExposureFanOut))
        {
            var everyone = exposure.Samples.Count > 0 && exposure.Confirmed == exposure.Samples.Count;
            verdicts.Add(new TargetVerdict(
                $"exposure fan-out, {exposure.Mode}, {exposure.Storage}: every visitor of the venue warned, mail queued durably, in < {ExposureFanOutSettings.Target.TotalSeconds:0} s (DESIGN.md: 50,000 visitors)",
                F($"slowest of {exposure.Samples.Count} reports {exposure.Latency.Max:N0} ms, first (cold) {exposure.Samples.FirstOrDefault().LatencyMs:N0} ms; {exposure.Confirmed} warned every visitor"),
                exposure.Samples.Count == 0 ? null : everyone && exposure.Latency.Max < ExposureFanOutSettings.Target.TotalMilliseconds));
        }

        var stored = results.Where(r => r.Verified is not null).ToList();
        verdicts.Add(new TargetVerdict(
            "zero overbooking, zero double bookings, the database holds exactly the confirmed operations after a restart",
            F($"overbookings {stored.Sum(r => r.Overbookings)}, double bookings {stored.Sum(r => r.DoubleBookings)}, read-back agreed in {stored.Count(r => r.Verified == true)} of {stored.Count} runs"),
            stored.Count == 0 ? null : stored.All(r => r.Overbookings == 0 && r.DoubleBookings == 0 && r.Verified == true)));
        return verdicts;
    }

    /// <summary>The ratio lines that Benchmarks/RESULTS.md quotes (issue 13): <c>stampede over HTTP: N.Nx baseline</c>
    /// and <c>stampede p99 over HTTP: N ms</c>, from the PostgreSQL stampede over HTTP of this run, then its ratio to bare
    /// Kestrel and the request rate that 10x the baseline would take.</summary>
    public static IReadOnlyList<string> RatioLines(IReadOnlyList<ScenarioResult> results)
    {
        var baseline = Find(results, BurstScenarios.Baseline, BurstScenarios.Http, "PostgreSQL");
        var engineHttp = Find(results, BurstScenarios.Stampede, BurstScenarios.Http, "PostgreSQL");
        var kestrel = results.FirstOrDefault(r => r.Scenario == BurstScenarios.BareKestrel);
        var lines = new List<string>();
        if (engineHttp is null)
        {
            return lines;
        }

        if (baseline is { ConfirmedPerSecond: > 0 })
        {
            lines.Add(F($"stampede over HTTP: {engineHttp.ConfirmedPerSecond / baseline.ConfirmedPerSecond:0.0}x baseline"));
        }

        lines.Add(F($"stampede p99 over HTTP: {engineHttp.Latency.P99:0} ms"));
        if (kestrel is { RequestsPerSecond: > 0 })
        {
            lines.Add(F($"stampede over HTTP: {engineHttp.RequestsPerSecond / kestrel.RequestsPerSecond:0.00}x bare Kestrel requests/s"));
            if (baseline is { ConfirmedPerSecond: > 0 } && engineHttp.Confirmed > 0)
            {
                var needed = TenfoldRequestRate(engineHttp, baseline);
                lines.Add(F($"stampede 10x baseline over HTTP needs: {needed:N0} requests/s until the last confirmation = {needed / kestrel.RequestsPerSecond:0.00}x bare Kestrel requests/s"));
            }
        }

        return lines;
    }

    /// <summary>The request rate the web front would have to answer for the stampede to confirm 10x the baseline's
    /// reservations per second: the requests this run answered until its last confirmation (the residents' refusals
    /// come with the seats: each tries up to three random slots), in the time that 10x the baseline's pace allows
    /// for its confirmations. Set beside bare Kestrel's rate for a trivial POST on the same machine, it says whether
    /// the target is within the machine's reach at all.</summary>
    private static double TenfoldRequestRate(ScenarioResult engineHttp, ScenarioResult baseline)
    {
        var allowedSeconds = engineHttp.Confirmed / (10 * baseline.ConfirmedPerSecond);
        return engineHttp.RequestsUntilLastConfirmation / allowedSeconds;
    }

    /// <summary>Answers 5xx (<c>http_5..</c>, see <see cref="BurstHttp.ReadAsync"/>) and requests the client gave up on.</summary>
    private static int ServerErrors(ScenarioResult result)
        => result.Samples.Count(static s => s.Outcome.StartsWith("http_5", StringComparison.Ordinal) || s.Outcome is BurstOutcomes.Timeout);

    private static TargetVerdict Ratio(string target, ScenarioResult? subject, ScenarioResult? reference, double needed, Func<ScenarioResult, double> figure, string unit)
    {
        if (subject is null || reference is null || figure(reference) <= 0)
        {
            return new TargetVerdict(target, "not in this run", null);
        }

        var ratio = figure(subject) / figure(reference);
        return new TargetVerdict(target, F($"{figure(subject):N0} vs {figure(reference):N0} {unit} = {ratio:0.00}x"), ratio >= needed);
    }

    private static ScenarioResult? Find(IReadOnlyList<ScenarioResult> results, string scenario, string mode, string storage)
        => results.FirstOrDefault(r => r.Scenario == scenario && r.Mode == mode && r.Storage == storage);

    private static string F(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
