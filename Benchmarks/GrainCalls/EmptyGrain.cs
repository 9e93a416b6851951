namespace CheckIn.Benchmarks.GrainCalls;

/// <summary>No fields of its own.</summary>
public sealed class EmptyGrain : Grain, IEmptyGrain
{
    public Task Ping() => Task.CompletedTask;
}
