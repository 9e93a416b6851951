using CheckIn.Runtime;

namespace CheckIn.Tests.Web.Grains;

/// <summary>A grain only the aggregator tests call, so that their counts are theirs alone.</summary>
public interface IAggregatorProbeGrain : IGrainWithStringKey
{
    Task<int> Echo(int value);

    Task Fail();
}
