using CheckIn.Runtime;

namespace CheckIn.Tests.Runtime.Grains;

/// <summary>A grain type only the metrics tests call, so that measurements by grain type are theirs alone.</summary>
public interface IMeteredGrain : IGrainWithStringKey
{
    Task<int> Add(int amount);

    Task Fail(string message);

    Task WaitFor(string gate);
}
