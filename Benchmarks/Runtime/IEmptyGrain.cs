using CheckIn.Runtime;

namespace CheckIn.Benchmarks.Runtime;

/// <summary>A grain with no state, for measuring what the runtime itself costs per activation.</summary>
public interface IEmptyGrain : IGrainWithIntegerKey
{
    Task Ping();
}
