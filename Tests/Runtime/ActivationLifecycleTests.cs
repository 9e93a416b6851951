using CheckIn.Runtime;
using CheckIn.Runtime.Testing;
using CheckIn.Tests.Infrastructure;
using CheckIn.Tests.Runtime.Grains;

namespace CheckIn.Tests.Runtime;

public sealed class ActivationLifecycleTests
{
    [Fact]
    public async Task IdleGrain_PastItsCollectionAge_IsDeactivated()
    {
        await using var silo = await TestSilos.StartAsync();
        var key = Signals.NewName("idle");
        var grain = silo.GrainFactory.GetGrain<IIdleGrain>(key);
        await grain.Touch();

        silo.Time.Advance(TimeSpan.FromMinutes(1));
        Assert.NotNull(silo.ActivationOf(grain));

        silo.Time.Advance(TimeSpan.FromMinutes(2));
        await Eventually.TrueAsync(() => Signals.Read($"idle.deactivated.{key}.{DeactivationReason.Idle}") == 1, "the idle grain was deactivated");
        await Eventually.TrueAsync(() => silo.ActivationOf(grain) is null, "the catalog forgot it");
    }

    [Fact]
    public async Task GrainWithoutOverride_UsesFifteenMinuteDefault()
    {
        await using var silo = await TestSilos.StartAsync();
        var key = Signals.NewName("c");
        var grain = silo.GrainFactory.GetGrain<ICounterGrain>(key);
        await grain.Add(1);

        silo.Time.Advance(TimeSpan.FromMinutes(14));
        Assert.NotNull(silo.ActivationOf(grain));
        Assert.Equal(0, Signals.Read($"counter.deactivations.{key}"));

        silo.Time.Advance(TimeSpan.FromMinutes(2));
        await Eventually.TrueAsync(() => Signals.Read($"counter.deactivations.{key}.{DeactivationReason.Idle}") == 1, "the grain was collected after 15 minutes");
    }

    [Fact]
    public async Task ActivationCap_Exceeded_LeastRecentlyUsedAreDeactivatedFirst()
    {
        await using var silo = await TestSilos.StartAsync(o => o.ConfigureSilo = s => s.MaxActivations = 3);
        var keys = Enumerable.Range(0, 5).Select(_ => Signals.NewName("cap")).ToArray();

        foreach (var key in keys)
        {
            await silo.GrainFactory.GetGrain<IIdleGrain>(key).Touch();
            silo.Time.Advance(TimeSpan.FromSeconds(1));
        }

        await Eventually.TrueAsync(() => silo.Catalog().Count <= 3, "the silo is back under its cap");
        Assert.Equal(1, Signals.Read($"idle.deactivated.{keys[0]}.{DeactivationReason.Capacity}"));
        Assert.Equal(1, Signals.Read($"idle.deactivated.{keys[1]}.{DeactivationReason.Capacity}"));
        Assert.All(keys[2..], key => Assert.Equal(0, Signals.Read($"idle.deactivated.{key}.{DeactivationReason.Capacity}")));
    }

    [Fact]
    public async Task GrainTimer_WhileGrainHoldsItsTurn_TicksOnlyAfterTheTurn()
    {
        await using var silo = await TestSilos.StartAsync();
        var key = Signals.NewName("ticker");
        var gate = Signals.NewName("gate");
        var grain = silo.GrainFactory.GetGrain<ITickerGrain>(key);
        await grain.StartTimer(TimeSpan.FromSeconds(1));

        silo.Time.Advance(TimeSpan.FromSeconds(1));
        await Eventually.TrueAsync(() => Signals.Read($"ticker.timer.{key}") == 1, "the first tick ran");

        var hold = grain.Hold(gate);
        await silo.SettledWithAsync(grain, messages: 1);
        silo.Time.Advance(TimeSpan.FromSeconds(1));
        await silo.SettledWithAsync(grain, messages: 2);
        Assert.Equal(1, Signals.Read($"ticker.timer.{key}"));

        Signals.Open(gate);
        await hold;
        await Eventually.TrueAsync(() => Signals.Read($"ticker.timer.{key}") == 2, "the queued tick ran after the turn");
        Assert.Equal(0, Signals.Read($"ticker.overlap.{key}"));
        Assert.Equal(2, await grain.TimerTicks());
    }

    [Fact]
    public async Task Reminder_TickDueWhileThePreviousStillRuns_FiresOnceWhenItEnds_NotSkipped()
    {
        await using var silo = await TestSilos.StartAsync();
        var key = Signals.NewName("ticker");
        var gate = Signals.NewName("gate");
        var grain = silo.GrainFactory.GetGrain<ITickerGrain>(key);
        await grain.StartReminder(TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(5));
        var held = grain.Hold(gate);

        // The first tick queues behind the held turn; the second and third come due while it waits (the whole hold
        // stays under the 30 s call timeout, which runs on the same clock).
        silo.Time.Advance(TimeSpan.FromSeconds(5));
        silo.Time.Advance(TimeSpan.FromSeconds(12.5));
        Signals.Open(gate);
        await held;

        await Eventually.TrueAsync(() => Signals.Read($"ticker.reminder.{key}") == 2, "the tick that came due meanwhile fired without the clock moving");
        await grain.TimerTicks();
        Assert.Equal(2, Signals.Read($"ticker.reminder.{key}"));
        silo.Time.Advance(TimeSpan.FromSeconds(2.5));
        await Eventually.TrueAsync(() => Signals.Read($"ticker.reminder.{key}") == 3, "the schedule resumed at the next period");
        await grain.StopReminder();
    }

    [Theory]
    [InlineData(TestStorage.Memory)]
    [InlineData(TestStorage.Sqlite)]
    public async Task Reminder_AfterSiloRestart_FiresAndActivatesItsGrain(TestStorage storage)
    {
        await using var silo = await TestSilos.StartAsync(o => o.Storage = storage);
        var key = Signals.NewName("ticker");
        await silo.GrainFactory.GetGrain<ITickerGrain>(key).StartReminder(TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(1));

        await silo.RestartAsync();
        Assert.Null(silo.ActivationOf(silo.GrainFactory.GetGrain<ITickerGrain>(key)));
        silo.Time.Advance(TimeSpan.FromMinutes(1));
        await Eventually.TrueAsync(() => Signals.Read($"ticker.reminder.{key}") == 1, "the reminder fired after the restart");

        silo.Time.Advance(TimeSpan.FromMinutes(1));
        await Eventually.TrueAsync(() => Signals.Read($"ticker.reminder.{key}") == 2, "the reminder fired again a period later");

        var grain = silo.GrainFactory.GetGrain<ITickerGrain>(key);
        await grain.StopReminder();
        silo.Time.Advance(TimeSpan.FromMinutes(5));

        // A tick would be queued during Advance, ahead of this call: once the call returns, it would have run.
        await grain.TimerTicks();
        Assert.Equal(2, Signals.Read($"ticker.reminder.{key}"));
    }

    [Fact]
    public async Task SiloRestart_StateSurvivesInStorage()
    {
        await using var silo = await TestSilos.StartAsync(o => o.Storage = TestStorage.Sqlite);
        var key = Signals.NewName("c");
        await silo.GrainFactory.GetGrain<ICounterGrain>(key).Add(7);

        await silo.RestartAsync();

        Assert.Equal(7, await silo.GrainFactory.GetGrain<ICounterGrain>(key).Get());
    }
}
