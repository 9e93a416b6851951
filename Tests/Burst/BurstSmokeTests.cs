extern alias benchmarks;
using benchmarks::CheckIn.Benchmarks.Burst;
using benchmarks::CheckIn.Benchmarks.CheckIn;
using CheckIn.Tests.Infrastructure;

namespace CheckIn.Tests.Burst;

/// <summary>Short runs of every burst scenario (Benchmarks/Burst), so that the harness the capacity figures come from
/// is itself checked: every seat is taken exactly once, nothing is double-booked, and the database read back after a
/// restart holds exactly what the client was told.</summary>
public sealed class BurstSmokeTests(PostgresDatabaseFixture postgres) : IClassFixture<PostgresDatabaseFixture>
{
    // k = S: a resident refused on every slot saw them all full, so the seats must all be taken.
    private static readonly StampedeSettings s_stampede = new(Residents: 300, Slots: 4, Capacity: 25, AttemptsPerResident: 4, Concurrency: 32);

    private static readonly CheckInStormSettings s_storm = new(Venues: 10, CheckIns: 600, Rate: 0, ZipfExponent: 1.0, Concurrency: 32);

    [Fact]
    public async Task Stampede_InProcessPostgres_EverySeatTakenOnceAndStoredAfterRestart()
    {
        var result = await StampedeScenario.RunInProcessAsync(s_stampede, BenchmarkStorage.Postgres, postgres.Server, BurstProgress.None);

        AssertStampede(result);
    }

    [Fact]
    public async Task Stampede_InProcessSqlite_EverySeatTakenOnceAndStoredAfterRestart()
    {
        var result = await StampedeScenario.RunInProcessAsync(s_stampede, BenchmarkStorage.Sqlite, null, BurstProgress.None);

        AssertStampede(result);
    }

    [Fact]
    public async Task Stampede_HttpWebFrontPostgres_EverySeatTakenOnceAndStoredAfterRestart()
    {
        var result = await StampedeScenario.RunHttpAsync(s_stampede, BenchmarkStorage.Postgres, postgres.Server, BurstProgress.None);

        AssertStampede(result);
        Assert.Equal(BurstScenarios.Http, result.Mode);
    }

    [Fact]
    public async Task Baseline_OneTransactionPerRequest_EverySeatTakenOnceAndStored()
    {
        var result = await BaselineScenario.RunAsync(s_stampede, postgres.Server, BurstProgress.None);

        AssertStampede(result);
    }

    [Fact]
    public async Task CheckInStorm_InProcessSqlite_EveryCheckInStoredAndBusiestVenueWarned()
    {
        var result = await CheckInStormScenario.RunInProcessAsync(s_storm, BenchmarkStorage.Sqlite, null, BurstProgress.None);

        Assert.Equal(s_storm.CheckIns, result.Samples.Count);
        Assert.Equal(s_storm.CheckIns, result.Confirmed);
        Assert.Equal(0, result.DoubleBookings);
        Assert.True(result.Verified, result.Verification + " / " + string.Join(" / ", result.Notes));
        Assert.Contains(result.Notes, n => n.StartsWith("exposure on the busiest venue", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ExposureFanOut_InProcessAndHttpSqlite_EveryReportWarnsEveryVisitorAndIsStored()
    {
        var settings = new ExposureFanOutSettings(Visitors: 300, Reports: 2);

        var results = await ExposureFanOutScenario.RunAsync(settings, BenchmarkStorage.Sqlite, null, inProcess: true, http: true, BurstProgress.None);

        Assert.Equal([BurstScenarios.InProcess, BurstScenarios.Http], results.Select(r => r.Mode));
        Assert.All(results, result =>
        {
            Assert.Equal(BurstScenarios.ExposureFanOut, result.Scenario);
            Assert.Equal(settings.Reports, result.Samples.Count);
            Assert.Equal(settings.Reports, result.Confirmed);
            Assert.True(result.Verified, result.Verification);
        });
        var verdicts = BurstTargets.Evaluate(results).Where(v => v.Target.StartsWith("exposure fan-out", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, verdicts.Count);
        Assert.All(verdicts, v => Assert.NotNull(v.Met));
    }

    [Fact]
    public async Task Report_MarkdownAndHtml_StateTargetsAndChartWithoutExternalResources()
    {
        var stampede = await StampedeScenario.RunInProcessAsync(s_stampede, BenchmarkStorage.Sqlite, null, BurstProgress.None);
        var report = new BurstRunReport("burst --test", MachineInfo.Current(), DateTimeOffset.UtcNow, TimeSpan.FromSeconds(1), [stampede]);
        var directory = Directory.CreateTempSubdirectory("checkin-burst-report-").FullName;
        try
        {
            var (markdown, html) = await BurstReport.WriteAsync(report, directory);

            var text = await File.ReadAllTextAsync(markdown, TestContext.Current.CancellationToken);
            Assert.Contains("| stampede | in-process | SQLite | ", text, StringComparison.Ordinal);
            Assert.Contains("not measured", text, StringComparison.Ordinal);
            var page = await File.ReadAllTextAsync(html, TestContext.Current.CancellationToken);
            Assert.Equal(2, page.Split("<svg ").Length - 1);
            Assert.Contains("<polyline", page, StringComparison.Ordinal);
            Assert.DoesNotContain("<script", page, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("src=", page, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("<link", page, StringComparison.OrdinalIgnoreCase);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    private static void AssertStampede(ScenarioResult result)
    {
        Assert.Equal(s_stampede.Seats, result.Confirmed);
        Assert.All(result.Samples, s => Assert.Contains(s.Outcome, new[] { BurstOutcomes.Confirmed, BurstOutcomes.SlotFull }));
        Assert.InRange(result.Samples.Count, s_stampede.Residents, s_stampede.Residents * s_stampede.AttemptsPerResident);
        Assert.Equal(0, result.Overbookings);
        Assert.Equal(0, result.DoubleBookings);
        Assert.True(result.Verified, result.Verification);
    }
}
