using Orleans.Placement;

namespace CheckIn.Benchmarks.GrainCalls;

/// <summary>Adds to a field: the smallest amount of grain work, so the benchmark measures the runtime. Placed on
/// the silo of its first caller, so the cross-silo measurement can choose where its grains live.</summary>
[PreferLocalPlacement]
public sealed class CalculatorGrain : Grain, ICalculatorGrain
{
    private long _total;

    public Task<long> Add(long amount)
    {
        _total += amount;
        return Task.FromResult(_total);
    }

    public Task<string> Where() => Task.FromResult(RuntimeIdentity);
}
