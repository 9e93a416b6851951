using CheckIn.Runtime;
using CheckIn.Tests.Infrastructure;
using CheckIn.Tests.Runtime.Grains;

namespace CheckIn.Tests.Runtime;

public sealed class GrainStateTests
{
    [Fact]
    public async Task StoredStateFromOlderVersion_MissingAndRemovedFields_LoadsWithDefaults()
    {
        await using var silo = await TestSilos.StartAsync();
        var key = Signals.NewName("versioned");

        // Version 1 stored "Value" and a field "Legacy" that version 2 removed; it never had "Note" or "Tags".
        await silo.Storage().WriteAsync("versioned", new GrainId(nameof(VersionedStateGrain), key), """{"Value":5,"Legacy":"gone"}"""u8.ToArray(), expectedEtag: null, TestContext.Current.CancellationToken);
        var grain = silo.GrainFactory.GetGrain<IVersionedStateGrain>(key);

        var state = await grain.Read();

        Assert.Equal(5, state.Value);
        Assert.Equal("none", state.Note);
        Assert.Empty(state.Tags);
        await grain.Write(6);
        Assert.Equal(6, (await grain.Read()).Value);
    }

    [Fact]
    public async Task NeverWrittenState_PositionalRecord_StartsWithDefaults()
    {
        await using var silo = await TestSilos.StartAsync();

        var state = await silo.GrainFactory.GetGrain<IVersionedStateGrain>(Signals.NewName("versioned")).Read();

        Assert.Equal(new VersionedState(0), state with { Tags = [] });
    }

    [Fact]
    public async Task AlwaysInterleaveMethod_WhileAnotherCallHoldsTheTurn_RunsAtOnce()
    {
        await using var silo = await TestSilos.StartAsync();
        var grain = silo.GrainFactory.GetGrain<IInterleavingGrain>(Signals.NewName("interleave"));
        var gate = Signals.NewName("gate");

        var hold = grain.Hold(gate);
        await silo.SettledWithAsync(grain, messages: 1);

        Assert.Equal("holding", await grain.Status().WaitAsync(TimeSpan.FromSeconds(20), TestContext.Current.CancellationToken));
        Signals.Open(gate);
        await hold;
        Assert.Equal("idle", await grain.Status());
    }
}
