using CheckIn.Runtime;
using CheckIn.Tests.Infrastructure;
using CheckIn.Tests.Runtime.Grains;

namespace CheckIn.Tests.Runtime;

public sealed class GrainCallTests
{
    [Fact]
    public async Task GrainThrows_CallerGetsSameExceptionTypeAndMessage()
    {
        await using var silo = await TestSilos.StartAsync();
        var grain = silo.GrainFactory.GetGrain<ICounterGrain>(Signals.NewName("c"));

        var exception = await Assert.ThrowsAsync<InvalidOperationException>(() => grain.Fail("the reason"));

        Assert.Equal("the reason", exception.Message);
        Assert.Equal(0, await grain.Get());
    }

    [Fact]
    public async Task ValueTaskMethod_ReturnsResult()
    {
        await using var silo = await TestSilos.StartAsync();
        var grain = silo.GrainFactory.GetGrain<ICounterGrain>(Signals.NewName("c"));

        await grain.Add(5);

        Assert.Equal(5, await grain.GetValue());
    }

    [Fact]
    public async Task CallExceedsTimeout_FailsWithTimeoutWhileGrainStaysUsable()
    {
        await using var silo = await TestSilos.StartAsync(o => o.ConfigureSilo = s => s.CallTimeout = TimeSpan.FromSeconds(5));
        var grain = silo.GrainFactory.GetGrain<ICounterGrain>(Signals.NewName("c"));
        var gate = Signals.NewName("gate");

        var call = grain.WaitFor(gate);
        await silo.SettledWithAsync(grain, messages: 1);
        silo.Time.Advance(TimeSpan.FromSeconds(4));
        Assert.False(call.IsCompleted);
        silo.Time.Advance(TimeSpan.FromSeconds(2));

        var exception = await Assert.ThrowsAsync<GrainCallTimeoutException>(() => call);
        Assert.Contains(nameof(ICounterGrain.WaitFor), exception.Message, StringComparison.Ordinal);
        Signals.Open(gate);
        Assert.Equal(1, await grain.Add(1));
    }

    [Fact]
    public async Task QueueFull_NextCallFailsAtOnceWithOverload()
    {
        await using var silo = await TestSilos.StartAsync(o => o.ConfigureSilo = s => s.MaxQueueLength = 2);
        var grain = silo.GrainFactory.GetGrain<ICounterGrain>(Signals.NewName("c"));
        var gate = Signals.NewName("gate");

        var running = grain.WaitFor(gate);
        await silo.SettledWithAsync(grain, messages: 1);
        var queued = new[] { grain.Add(1), grain.Add(1) };

        var rejected = grain.Add(1);

        Assert.True(rejected.IsFaulted, "the overload is reported at once, not after a timeout");
        await Assert.ThrowsAsync<GrainOverloadedException>(() => rejected);
        Signals.Open(gate);
        await running;
        var results = await Task.WhenAll(queued);
        Assert.Equal(new[] { 1, 2 }, results);
    }

    [Fact]
    public async Task EtagConflict_WriteFailsAndActivationReloadsOnNextCall()
    {
        await using var silo = await TestSilos.StartAsync();
        var key = Signals.NewName("c");
        var grain = silo.GrainFactory.GetGrain<ICounterGrain>(key);
        await grain.Add(1);

        // Someone else (another silo, an operator) writes the same state behind the activation's back.
        var storage = silo.Storage();
        var grainId = new GrainId(nameof(CounterGrain), key);
        var stored = await storage.ReadAsync("counter", grainId, TestContext.Current.CancellationToken);
        await storage.WriteAsync("counter", grainId, """{"Value":100}"""u8.ToArray(), stored!.Etag, TestContext.Current.CancellationToken);

        await Assert.ThrowsAsync<InconsistentStateException>(() => grain.Add(1));
        await Eventually.TrueAsync(() => Signals.Read($"counter.deactivations.{key}.{DeactivationReason.InconsistentState}") == 1, "the activation deactivated");

        Assert.Equal(101, await grain.Add(1));
        Assert.Equal(2, Signals.Read($"counter.activations.{key}"));
    }

    [Fact]
    public async Task DeactivateOnIdle_NextCallActivatesAgainWithStoredState()
    {
        await using var silo = await TestSilos.StartAsync();
        var key = Signals.NewName("c");
        var grain = silo.GrainFactory.GetGrain<ICounterGrain>(key);
        await grain.Add(3);

        await grain.Deactivate();
        await Eventually.TrueAsync(() => Signals.Read($"counter.deactivations.{key}") == 1, "the grain deactivated");

        Assert.Equal(3, await grain.Get());
        Assert.Equal(2, Signals.Read($"counter.activations.{key}"));
    }

    [Fact]
    public async Task ConstructingGrainDirectly_Throws()
    {
        var exception = Assert.Throws<InvalidOperationException>(() => new CycleGrain());
        Assert.Contains("GetGrain", exception.Message, StringComparison.Ordinal);
    }
}
