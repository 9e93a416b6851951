using CheckIn.Runtime;
using CheckIn.Runtime.Testing;
using CheckIn.Tests.Infrastructure;
using CheckIn.Tests.Runtime.Grains;

namespace CheckIn.Tests.Runtime;

/// <summary>The runtime semantics that involve storage, against a real PostgreSQL server.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresSiloTests(PostgresFixture postgres)
{
    [Fact]
    public async Task SiloRestart_StateAndRemindersSurviveInPostgres()
    {
        await using var silo = await StartAsync();
        var key = Signals.NewName("pg");
        await silo.GrainFactory.GetGrain<ICounterGrain>(key).Add(7);
        await silo.GrainFactory.GetGrain<ITickerGrain>(key).StartReminder(TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(10));

        await silo.RestartAsync();
        silo.Time.Advance(TimeSpan.FromMinutes(1));

        Assert.Equal(7, await silo.GrainFactory.GetGrain<ICounterGrain>(key).Get());
        await Eventually.TrueAsync(() => Signals.Read($"ticker.reminder.{key}") == 1, "the reminder fired after the restart");
        await silo.GrainFactory.GetGrain<ITickerGrain>(key).StopReminder();
    }

    [Fact]
    public async Task TwoSilosOnOneDatabase_StaleActivationWrite_FailsWithInconsistentState()
    {
        // Two silos that both activate the same grain (what a split cluster could do): the ETag stops the stale one.
        await using var first = await StartAsync();
        await using var second = await StartAsync();
        var key = Signals.NewName("pg");
        var viaFirst = first.GrainFactory.GetGrain<ICounterGrain>(key);
        var viaSecond = second.GrainFactory.GetGrain<ICounterGrain>(key);
        Assert.Equal(0, await viaFirst.Get());
        Assert.Equal(0, await viaSecond.Get());

        Assert.Equal(1, await viaFirst.Add(1));
        await Assert.ThrowsAsync<InconsistentStateException>(() => viaSecond.Add(1));

        // The stale activation was deactivated; the next call reloads and builds on the committed value.
        await Eventually.TrueAsync(() => second.ActivationOf(viaSecond) is null, "the stale activation is gone");
        Assert.Equal(2, await viaSecond.Add(1));
    }

    [Fact]
    public async Task ConcurrentFirstWrites_ManyGrains_EachAcknowledgedWriteIsStored()
    {
        await using var silo = await StartAsync();
        var keys = Enumerable.Range(0, 500).Select(_ => Signals.NewName("pg")).ToArray();

        await Task.WhenAll(keys.Select(k => silo.GrainFactory.GetGrain<ICounterGrain>(k).Add(3)));
        await silo.RestartAsync();

        var values = await Task.WhenAll(keys.Select(k => silo.GrainFactory.GetGrain<ICounterGrain>(k).Get()));
        Assert.All(values, v => Assert.Equal(3, v));
    }

    private Task<TestSilo> StartAsync() => TestSilos.StartAsync(o =>
    {
        o.Storage = TestStorage.Postgres;
        o.ConnectionString = postgres.StorageConnectionString;
    });
}
