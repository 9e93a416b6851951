extern alias benchmarks;
using benchmarks::CheckIn.Benchmarks.Burst;

namespace CheckIn.Tests.Burst;

/// <summary>The arithmetic of the burst report: percentiles, the Zipf stream, and the verdicts on the targets.</summary>
public sealed class BurstMeasureTests
{
    [Fact]
    public void LatencySummary_HundredSamples_NearestRankPercentiles()
    {
        var summary = LatencySummary.Of(Enumerable.Range(1, 100).Select(i => (double)i).Reverse());

        Assert.Equal(new LatencySummary(50, 95, 99, 100), summary);
    }

    [Fact]
    public void ZipfSampler_ExponentOne_RanksDrawnInProportionToOneOverRank()
    {
        var sampler = new ZipfSampler(10, 1.0);
        var random = new Random(3);
        var counts = new int[10];
        for (var i = 0; i < 100_000; i++)
        {
            counts[sampler.Next(random)]++;
        }

        // 1/H(10) = 34.1% for rank 1, half of that for rank 2, a tenth of it for rank 10.
        Assert.InRange(counts[0], 33_000, 35_200);
        Assert.InRange(counts[1], 16_300, 17_800);
        Assert.InRange(counts[9], 3_000, 3_800);
    }

    [Fact]
    public void Targets_OverbookedRun_CorrectnessTargetNotMetAndRatiosFromTheSameRun()
    {
        var engine = Result(BurstScenarios.Stampede, BurstScenarios.InProcess, confirmedPerSecond: 1_000);
        var baseline = Result(BurstScenarios.Baseline, BurstScenarios.Http, confirmedPerSecond: 100);
        baseline.Overbookings = 1;

        var verdicts = BurstTargets.Evaluate([engine, baseline]);

        var ratio = Assert.Single(verdicts, v => v.Target.StartsWith("stampede, durable PostgreSQL, in-process", StringComparison.Ordinal));
        Assert.True(ratio.Met);
        Assert.Contains("10.00x", ratio.Measured, StringComparison.Ordinal);
        Assert.All(verdicts.Where(v => v.Target.StartsWith("stampede, durable PostgreSQL, over HTTP", StringComparison.Ordinal)), v => Assert.Null(v.Met));
        Assert.False(Assert.Single(verdicts, v => v.Target.StartsWith("zero overbooking", StringComparison.Ordinal)).Met);
    }

    [Fact]
    public void Targets_HttpStampedeWithA503AndASlowTail_P99And5xxTargetsNotMet_RatioLinesFromTheSameRun()
    {
        // 1,500 confirmed in one second, 20 of them slow (p99 above 50 ms), and one 503.
        var http = Result(BurstScenarios.Stampede, BurstScenarios.Http, confirmedPerSecond: 1_500);
        http = WithSamples(http, [.. http.Samples.Select((s, i) => i < 20 ? s with { LatencyMs = 120 } : s), new OperationSample(999, 5, "http_503 overloaded")]);
        var baseline = Result(BurstScenarios.Baseline, BurstScenarios.Http, confirmedPerSecond: 100);

        var verdicts = BurstTargets.Evaluate([http, baseline]);
        var lines = BurstTargets.RatioLines([http, baseline]);

        Assert.True(Assert.Single(verdicts, v => v.Target == "stampede, durable PostgreSQL, over HTTP: confirmed reservations/s >= 10x the baseline").Met);
        Assert.False(Assert.Single(verdicts, v => v.Target == "stampede, durable PostgreSQL, over HTTP: p99 <= 50 ms").Met);
        var errors = Assert.Single(verdicts, v => v.Target == "stampede, durable PostgreSQL, over HTTP: no 5xx, no timeout");
        Assert.False(errors.Met);
        Assert.StartsWith("1 answers 5xx", errors.Measured, StringComparison.Ordinal);
        Assert.Equal(["stampede over HTTP: 15.0x baseline", "stampede p99 over HTTP: 120 ms"], lines);
    }

    [Fact]
    public void RatioLines_TenfoldNeeds_RequestsAnsweredUntilTheLastConfirmationAtTenTimesTheBaselinesPace_AgainstBareKestrel()
    {
        // 1,000 confirmed and 3,000 refused by the last confirmation (1 s), 500 more refused after it.
        var http = Result(BurstScenarios.Stampede, BurstScenarios.Http, confirmedPerSecond: 1_000);
        http = WithSamples(http, [
            .. http.Samples,
            .. Enumerable.Range(0, 3_000).Select(i => new OperationSample(i * 0.33, 1, BurstOutcomes.SlotFull)),
            .. Enumerable.Range(0, 500).Select(i => new OperationSample(1_001 + i, 1, BurstOutcomes.SlotFull)),
        ]);
        var baseline = Result(BurstScenarios.Baseline, BurstScenarios.Http, confirmedPerSecond: 200);
        var kestrel = Result(BurstScenarios.BareKestrel, BurstScenarios.Http, confirmedPerSecond: 10_000);

        var lines = BurstTargets.RatioLines([http, baseline, kestrel]);

        // 10x the baseline is 2,000 confirmed/s: the 1,000 seats in 0.5 s, so the 4,000 requests answered by then in
        // 0.5 s, 8,000 requests/s, 0.80x bare Kestrel's 10,000.
        Assert.Equal(4_000, http.RequestsUntilLastConfirmation);
        Assert.Equal("stampede 10x baseline over HTTP needs: 8,000 requests/s until the last confirmation = 0.80x bare Kestrel requests/s", lines[^1]);
    }

    [Fact]
    public void HtmlReport_RunWithHttpStampedeBaselineAndKestrel_ShowsTheRatioLinesUnderTheTargets()
    {
        var http = Result(BurstScenarios.Stampede, BurstScenarios.Http, confirmedPerSecond: 1_000);
        var baseline = Result(BurstScenarios.Baseline, BurstScenarios.Http, confirmedPerSecond: 200);
        var kestrel = Result(BurstScenarios.BareKestrel, BurstScenarios.Http, confirmedPerSecond: 10_000);
        var report = new BurstRunReport("burst --test", MachineInfo.Current(), DateTimeOffset.UtcNow, TimeSpan.FromSeconds(1), [http, baseline, kestrel]);

        var page = HtmlReport.Render(report);

        var targets = page.IndexOf("<h2>Targets</h2>", StringComparison.Ordinal);
        var results = page.IndexOf("<h2>Results</h2>", StringComparison.Ordinal);
        Assert.All(BurstTargets.RatioLines(report.Results), line =>
        {
            var at = page.IndexOf(line, StringComparison.Ordinal);
            Assert.InRange(at, targets, results);
        });
        Assert.Contains("stampede over HTTP: 5.0x baseline", page, StringComparison.Ordinal);
    }

    /// <summary>The same run with other samples.</summary>
    private static ScenarioResult WithSamples(ScenarioResult result, IReadOnlyList<OperationSample> samples) => new()
    {
        Scenario = result.Scenario,
        Mode = result.Mode,
        Storage = result.Storage,
        Parameters = result.Parameters,
        Verified = result.Verified,
        Samples = samples,
    };

    /// <summary>A run of one second in which every request is confirmed at the given rate, stored exactly.</summary>
    private static ScenarioResult Result(string scenario, string mode, int confirmedPerSecond) => new()
    {
        Scenario = scenario,
        Mode = mode,
        Storage = "PostgreSQL",
        Parameters = "test",
        Samples = [.. Enumerable.Range(0, confirmedPerSecond).Select(i => new OperationSample(i * 1000.0 / confirmedPerSecond, 1000.0 / confirmedPerSecond, BurstOutcomes.Confirmed))],
        Verified = true,
    };
}
