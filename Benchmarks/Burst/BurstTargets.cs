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
        foreach (var inProcess in results.Where(r => r.Mode == BurstScenarios.InProcess && r.Storage == "PostgreSQL"))
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

        var stored = results.Where(r => r.Verified is not null).ToList();
        verdicts.Add(new TargetVerdict(
            "zero overbooking, zero double bookings, the database holds exactly the confirmed operations after a restart",
            F($"overbookings {stored.Sum(r => r.Overbookings)}, double bookings {stored.Sum(r => r.DoubleBookings)}, read-back agreed in {stored.Count(r => r.Verified == true)} of {stored.Count} runs"),
            stored.Count == 0 ? null : stored.All(r => r.Overbookings == 0 && r.DoubleBookings == 0 && r.Verified == true)));
        return verdicts;
    }

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
