using CheckIn.Runtime;
using CheckIn.Tests.Infrastructure;

namespace CheckIn.Tests.Runtime.Grains;

/// <summary>Reports whether a hold is in progress.</summary>
public sealed class InterleavingGrain : Grain, IInterleavingGrain
{
    private bool _holding;

    public async Task Hold(string gate)
    {
        _holding = true;
        await Signals.Gate(gate);
        _holding = false;
    }

    public Task<string> Status() => Task.FromResult(_holding ? "holding" : "idle");
}
