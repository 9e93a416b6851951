using CheckIn.Runtime;

namespace CheckIn.Benchmarks.Runtime;

/// <summary>No fields of its own.</summary>
public sealed class EmptyGrain : Grain, IEmptyGrain
{
    public Task Ping() => Task.CompletedTask;
}
