using CheckIn.Runtime;

namespace CheckIn.Tests.Web.Grains;

public sealed class AggregatorProbeGrain : Grain, IAggregatorProbeGrain
{
    public Task<int> Echo(int value) => Task.FromResult(value);

    public Task Fail() => throw new InvalidOperationException("probe failure");
}
