using CheckIn.Runtime;

namespace CheckIn.Benchmarks.Runtime;

/// <summary>The request/response work both the grain and the baseline actor do.</summary>
public interface ICalculatorGrain : IGrainWithIntegerKey
{
    Task<long> Add(long amount);
}
