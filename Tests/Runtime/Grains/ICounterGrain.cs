using CheckIn.Runtime;

namespace CheckIn.Tests.Runtime.Grains;

/// <summary>A durable counter, for state, ETag and restart tests.</summary>
public interface ICounterGrain : IGrainWithStringKey
{
    Task<int> Add(int amount);

    [ReadOnly]
    Task<int> Get();

    ValueTask<int> GetValue();

    /// <summary>Throws an <see cref="InvalidOperationException"/> with the message.</summary>
    Task Fail(string message);

    /// <summary>Waits for the gate before answering (timeouts, overload).</summary>
    Task<int> WaitFor(string gate);

    /// <summary>Asks for deactivation after this call.</summary>
    Task Deactivate();
}
