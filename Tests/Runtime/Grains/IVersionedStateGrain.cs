using CheckIn.Runtime;

namespace CheckIn.Tests.Runtime.Grains;

/// <summary>Reads a state whose stored form was written by another version of its type.</summary>
public interface IVersionedStateGrain : IGrainWithStringKey
{
    Task<VersionedState> Read();

    Task Write(int value);
}
