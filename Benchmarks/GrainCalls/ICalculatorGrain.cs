namespace CheckIn.Benchmarks.GrainCalls;

/// <summary>The request/response work both the grain and the baseline actor do.</summary>
[Alias("benchmarks.ICalculatorGrain")]
public interface ICalculatorGrain : IGrainWithIntegerKey
{
    Task<long> Add(long amount);

    /// <summary>The identity of the silo the activation lives on (to check where a grain was placed).</summary>
    Task<string> Where();
}
