using CheckIn.Tests.Infrastructure;
using CheckIn.Tests.Runtime.Grains;

namespace CheckIn.Tests.Cluster;

/// <summary>Reminders follow their grain when it moves to another silo.</summary>
[Collection(ClusterCollection.Name)]
public sealed class ClusterReminderTests(PostgresFixture fixture)
{
    [Fact]
    public async Task Reminder_OwnerSiloLeaves_KeepsFiringOnTheNewOwnerAndOnlyThere()
    {
        await using var cluster = await TestGrainClusters.StartAsync(fixture, 2);
        var stays = cluster.Silos[0];
        var leaves = cluster.Silos[1];
        var key = await ClusterKeys.OwnedByAsync(leaves, "TickerGrain", key => stays.GrainFactory.GetGrain<ITickerGrain>(key).TimerTicks());
        var ticker = stays.GrainFactory.GetGrain<ITickerGrain>(key);
        var counter = $"ticker.reminder.{key}";

        await ticker.StartReminder(TimeSpan.FromMilliseconds(300), TimeSpan.FromMilliseconds(300));
        await Eventually.TrueAsync(() => Signals.Read(counter) >= 2, "the reminder fired on its first owner");

        await leaves.StopAsync();
        var afterLeave = Signals.Read(counter);
        await Eventually.TrueAsync(() => Signals.Read(counter) >= afterLeave + 3, "the reminder fired on the new owner", TimeSpan.FromSeconds(30));

        // One silo fires it now: over a few periods the count grows at about one tick per period, not two.
        var start = Signals.Read(counter);
        var started = DateTime.UtcNow;
        await Eventually.TrueAsync(() => DateTime.UtcNow - started > TimeSpan.FromSeconds(3), "three seconds passed");
        var ticks = Signals.Read(counter) - start;
        Assert.InRange(ticks, 1, 14);
        await ticker.StopReminder();
    }
}
