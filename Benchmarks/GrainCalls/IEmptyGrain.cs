namespace CheckIn.Benchmarks.GrainCalls;

/// <summary>A grain with no state, for measuring what the runtime itself costs per activation.</summary>
[Alias("benchmarks.IEmptyGrain")]
public interface IEmptyGrain : IGrainWithIntegerKey
{
    Task Ping();
}
