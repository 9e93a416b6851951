using CheckIn.Runtime;
using CheckIn.Tests.Infrastructure;

namespace CheckIn.Tests.Runtime.Grains;

/// <summary>In-memory counter for the metrics tests.</summary>
public sealed class MeteredGrain : Grain, IMeteredGrain
{
    private int _value;

    public Task<int> Add(int amount) => Task.FromResult(_value += amount);

    public Task Fail(string message) => throw new InvalidOperationException(message);

    public Task WaitFor(string gate) => Signals.Gate(gate);
}
