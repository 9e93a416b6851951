extern alias benchmarks;
using benchmarks::CheckIn.Benchmarks.Burst;
using benchmarks::CheckIn.Benchmarks.Faults;

namespace CheckIn.Tests.Faults;

/// <summary>Faults injected during a booking stampede over HTTP, with real processes (Benchmarks/Faults, the harness of
/// <c>CheckIn.Benchmarks faults</c>): PostgreSQL restarted, one silo of three killed with kill -9, the web front killed
/// and restarted. Each run ends with every acknowledged reservation read back through the API and, after everything
/// stopped, from the database by a fresh silo. Promised: nothing acknowledged lost, no slot overbooked, no 500 and no
/// 503 without Retry-After (while the web front itself is down, connections are refused: counted apart), no request
/// left unanswered, and bookings served again within 10 s of the dependency's return.</summary>
[Collection(FaultsCollection.Name)]
public sealed class BookingStampedeFaultTests
{
    /// <summary>What the issue promises: service back within 10 s after the dependency returns.</summary>
    private static readonly TimeSpan s_recoveryBudget = TimeSpan.FromSeconds(10);

    // 500 residents arrive over 10 s for 400 seats in 4 slots: the fault strikes after 80 bookings, early enough that
    // residents still arrive and seats are still free once the dependency is back.
    private static readonly FaultSettings s_settings = new(
        Residents: 500, Slots: 4, Capacity: 100, AttemptsPerResident: 4, Concurrency: 32, ArrivalsPerSecond: 50,
        AcknowledgedBeforeFault: 80, Downtime: TimeSpan.FromSeconds(3));

    [Fact]
    public async Task PostgresRestartedMidBurst_Only503WithRetryAfterWhileDown_NothingAcknowledgedLost_NoOverbooking_BackWithin10s()
    {
        var result = await RunAsync(FaultKind.PostgresRestart);

        AssertPromisesKept(result);
        Assert.True(result.Unavailable > 0, "no 503 while PostgreSQL was down: the fault was not felt");
        Assert.Equal(0, result.Unreachable);
    }

    [Fact]
    public async Task SiloKilledMidBurstInClusterOfThree_NothingAcknowledgedLost_NoOverbooking_EverySlotServingWithin10s()
    {
        var result = await RunAsync(FaultKind.SiloKill);

        AssertPromisesKept(result);
        Assert.Equal(0, result.Unreachable);
    }

    [Fact]
    public async Task WebFrontKilledAndRestartedMidBurst_NothingAcknowledgedLost_NoOverbooking_BackWithin10sOfStarting()
    {
        var result = await RunAsync(FaultKind.WebFrontRestart);

        AssertPromisesKept(result);
        Assert.True(result.Unreachable > 0, "no refused connection while the web front was down: the fault was not felt");
    }

    private static async Task<FaultResult> RunAsync(FaultKind kind)
    {
        using var log = new StringWriter();
        try
        {
            var result = await FaultScenario.RunAsync(kind, s_settings, log);
            log.WriteLine(FaultReport.Markdown($"{nameof(BookingStampedeFaultTests)} {FaultKinds.Name(kind)}", MachineInfo.Current(), TimeSpan.Zero, [result]));
            return result;
        }
        finally
        {
            TestContext.Current.TestOutputHelper?.WriteLine(log.ToString());
        }
    }

    private static void AssertPromisesKept(FaultResult result)
    {
        Assert.Equal(0, result.ServerErrors);
        Assert.Equal(0, result.UnavailableWithoutRetryAfter);
        Assert.Equal(0, result.NoAnswer);
        Assert.Equal(0, result.GaveUp);
        Assert.True(result.Acknowledged > s_settings.AcknowledgedBeforeFault, $"only {result.Acknowledged} bookings acknowledged: none after the fault");
        Assert.Equal(0, result.LostInDatabase);
        Assert.Equal(0, result.LostViaApi);
        Assert.Equal(0, result.OverbookedSlots);
        Assert.NotNull(result.FirstCreatedAfterBack);
        Assert.True(result.FirstCreatedAfterBack < s_recoveryBudget, $"first booking {result.FirstCreatedAfterBack} after the dependency was back");
        Assert.NotNull(result.AllSlotsServingAfterBack);
        Assert.True(result.AllSlotsServingAfterBack < s_recoveryBudget, $"every slot answering again only {result.AllSlotsServingAfterBack} after the dependency was back");
    }
}
