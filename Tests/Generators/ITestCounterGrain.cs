using CheckIn.Runtime;

namespace CheckIn.Tests.Generators;

/// <summary>A grain interface compiled by the real build of this project, so the tests can prove that the
/// generator runs as its analyzer.</summary>
public interface ITestCounterGrain : IGrainWithStringKey
{
    Task<int> Add(int amount);

    [ReadOnly]
    ValueTask<int> Get();

    [OneWay]
    Task Reset();

    Task<IReadOnlyList<TestCounterEntry>> History(DateTimeOffset since);
}
