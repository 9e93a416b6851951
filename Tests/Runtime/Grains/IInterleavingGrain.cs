using CheckIn.Runtime;

namespace CheckIn.Tests.Runtime.Grains;

/// <summary>A non-reentrant grain with one method that always interleaves.</summary>
public interface IInterleavingGrain : IGrainWithStringKey
{
    /// <summary>Holds the grain's turn until the gate opens.</summary>
    Task Hold(string gate);

    /// <summary>Runs even while <see cref="Hold"/> holds the turn.</summary>
    [AlwaysInterleave]
    Task<string> Status();
}
