using CheckIn.Runtime;

namespace CheckIn.Benchmarks.Runtime;

/// <summary>Adds to a field: the smallest amount of grain work, so the benchmark measures the runtime.</summary>
public sealed class CalculatorGrain : Grain, ICalculatorGrain
{
    private long _total;

    public Task<long> Add(long amount)
    {
        _total += amount;
        return Task.FromResult(_total);
    }
}
