using CheckIn.Runtime;

namespace CheckIn.Tests.Runtime.Grains;

/// <summary>Calls another grain that calls back: the A → B → A cycle.</summary>
public interface ICycleGrain : IGrainWithStringKey
{
    /// <summary>Calls <paramref name="other"/>.Relay(this key), which calls this grain's Echo.</summary>
    Task<string> Start(string other);

    Task<string> Relay(string back);

    Task<string> Echo();
}
