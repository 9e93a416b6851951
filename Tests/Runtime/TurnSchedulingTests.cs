using CheckIn.Runtime.Testing;
using CheckIn.Tests.Infrastructure;
using CheckIn.Tests.Runtime.Grains;

namespace CheckIn.Tests.Runtime;

public sealed class TurnSchedulingTests : IAsyncLifetime
{
    private TestSilo _silo = null!;

    public async ValueTask InitializeAsync() => _silo = await TestSilos.StartAsync();

    public async ValueTask DisposeAsync() => await _silo.DisposeAsync();

    [Fact]
    public async Task NonReentrantGrain_SecondCallWhileFirstAwaits_WaitsForFirstTurnToEnd()
    {
        var probe = Signals.NewName("probe");
        var (gate1, gate2) = (Signals.NewName("gate"), Signals.NewName("gate"));
        var grain = _silo.GrainFactory.GetGrain<IProbeGrain>(probe);

        var first = grain.Enter(probe, gate1);
        await Eventually.TrueAsync(() => Signals.Read(probe + ".entered") == 1, "the first call entered");
        var second = grain.Enter(probe, gate2);

        // The second message is queued and the scheduler has nothing left to decide: it chose not to start it.
        await _silo.SettledWithAsync(grain, messages: 2);
        Assert.Equal(1, Signals.Read(probe + ".entered"));

        Signals.Open(gate1);
        await first;
        await Eventually.TrueAsync(() => Signals.Read(probe + ".entered") == 2, "the second call entered after the first left");
        Signals.Open(gate2);
        await second;
        Assert.Equal(1, Signals.Read(probe + ".max"));
        Assert.Equal(0, Signals.Read(probe + ".parallel"));
    }

    [Fact]
    public async Task ReentrantGrain_SecondCallWhileFirstAwaits_Interleaves()
    {
        var probe = Signals.NewName("probe");
        var (gate1, gate2) = (Signals.NewName("gate"), Signals.NewName("gate"));
        var grain = _silo.GrainFactory.GetGrain<IReentrantProbeGrain>(probe);

        var first = grain.Enter(probe, gate1);
        var second = grain.Enter(probe, gate2);
        await Eventually.TrueAsync(() => Signals.Read(probe + ".entered") == 2, "both calls are inside the reentrant grain");

        Signals.Open(gate2);
        await second;
        Signals.Open(gate1);
        await first;
        Assert.Equal(2, Signals.Read(probe + ".max"));
        Assert.Equal(0, Signals.Read(probe + ".parallel"));
    }

    [Fact]
    public async Task ReadOnlyCalls_WhileAnotherReadOnlyAwaits_Interleave()
    {
        var probe = Signals.NewName("probe");
        var (gate1, gate2) = (Signals.NewName("gate"), Signals.NewName("gate"));
        var grain = _silo.GrainFactory.GetGrain<IProbeGrain>(probe);

        var first = grain.Read(probe, gate1);
        var second = grain.Read(probe, gate2);
        await Eventually.TrueAsync(() => Signals.Read(probe + ".entered") == 2, "both read-only calls are inside");
        Signals.Open(gate1);
        Signals.Open(gate2);
        await Task.WhenAll(first, second);
        Assert.Equal(0, Signals.Read(probe + ".parallel"));
    }

    [Fact]
    public async Task WriteCall_WhileReadOnlyAwaits_WaitsForIt()
    {
        var probe = Signals.NewName("probe");
        var (gate1, gate2) = (Signals.NewName("gate"), Signals.NewName("gate"));
        var grain = _silo.GrainFactory.GetGrain<IProbeGrain>(probe);

        var reading = grain.Read(probe, gate1);
        await Eventually.TrueAsync(() => Signals.Read(probe + ".entered") == 1, "the read-only call entered");
        var writing = grain.Enter(probe, gate2);
        await _silo.SettledWithAsync(grain, messages: 2);
        Assert.Equal(1, Signals.Read(probe + ".entered"));

        Signals.Open(gate1);
        Signals.Open(gate2);
        await Task.WhenAll(reading, writing);
        Assert.Equal(1, Signals.Read(probe + ".max"));
    }

    [Fact]
    public async Task CallCycle_AToBToA_CompletesThroughCallChainReentrancy()
    {
        var a = _silo.GrainFactory.GetGrain<ICycleGrain>(Signals.NewName("a"));
        var b = Signals.NewName("b");

        // A deadlock would wait for the 30 s call timeout, which never comes on the manual clock: the test
        // would hang until its own deadline and fail.
        var result = await a.Start(b).WaitAsync(TimeSpan.FromSeconds(20), TestContext.Current.CancellationToken);

        Assert.StartsWith(b + "<-echo:a-", result, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OneWayCall_GrainStillBusy_ReturnsAtOnce()
    {
        var probe = Signals.NewName("probe");
        var gate = Signals.NewName("gate");
        var grain = _silo.GrainFactory.GetGrain<IProbeGrain>(probe);

        var call = grain.Notify(probe, gate);

        Assert.True(call.IsCompletedSuccessfully);
        await Eventually.TrueAsync(() => Signals.Read(probe + ".entered") == 1, "the one-way call ran in the grain");
        Signals.Open(gate);
    }

    [Fact]
    public async Task StatelessWorker_ConcurrentCalls_RunOnUpToMaxLocalActivations()
    {
        var probe = Signals.NewName("probe");
        var gates = Enumerable.Range(0, 3).Select(_ => Signals.NewName("gate")).ToArray();
        var grain = _silo.GrainFactory.GetGrain<IWorkerProbeGrain>(probe);

        var calls = gates.Select(g => grain.Enter(probe, g)).ToArray();
        await Eventually.TrueAsync(() => Signals.Read(probe + ".entered") == 2, "two workers are busy");
        Assert.Equal(2, _silo.Catalog().Snapshot().Count(a => a.GrainId.Key == probe));

        foreach (var gate in gates)
        {
            Signals.Open(gate);
        }

        await Task.WhenAll(calls);
        Assert.Equal(3, Signals.Read(probe + ".entered"));
        Assert.Equal(1, Signals.Read(probe + ".max"));
    }
}
