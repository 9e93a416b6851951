using CheckIn.Runtime;
using CheckIn.Tests.Infrastructure;

namespace CheckIn.Tests.Runtime.Grains;

/// <summary>Counts the messages inside the grain ("probe.inside", its maximum "probe.max", entries
/// "probe.entered") and whether two ever ran on different threads at once ("probe.parallel").</summary>
public abstract class ProbeGrainBase : Grain
{
    private int _inside;

    public Task Enter(string probe, string gate) => Visit(probe, gate);

    public Task Read(string probe, string gate) => Visit(probe, gate);

    public Task Notify(string probe, string gate) => Visit(probe, gate);

    private async Task Visit(string probe, string gate)
    {
        Step(probe, +1);
        await Signals.Gate(gate);
        Step(probe, -1);
    }

    private void Step(string probe, int delta)
    {
        // Plain field on purpose: the runtime promises one thread at a time, so a racing update would be a bug
        // it must show; the Interlocked counter next to it is the reference.
        var inside = _inside + delta;
        Thread.SpinWait(1000);
        _inside = inside;
        var counted = delta > 0 ? Signals.Increment(probe + ".inside") : Signals.Decrement(probe + ".inside");
        if (counted != inside)
        {
            Signals.Increment(probe + ".parallel");
        }

        if (delta > 0)
        {
            Signals.Increment(probe + ".entered");
            Signals.RecordMax(probe + ".max", inside);
        }
    }
}
