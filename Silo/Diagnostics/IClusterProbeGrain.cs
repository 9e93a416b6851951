using Orleans.Concurrency;

namespace CheckIn.Silo.Diagnostics;

/// <summary>A diagnostic grain hosted by every silo for cluster tests and benchmarks: it keeps a durable list of
/// numbers, says which activation answered, and records each activation's lifetime so that a test can prove
/// that no two activations of one key ever overlapped, across silos and processes.</summary>
[Alias("checkin.IClusterProbeGrain")]
public interface IClusterProbeGrain : IGrainWithStringKey
{
    /// <summary>Appends <paramref name="value"/> to the durable list; returns the list's length once written.</summary>
    Task<int> Append(long value);

    /// <summary>The durable list.</summary>
    [ReadOnly]
    Task<IReadOnlyList<long>> Values();

    /// <summary>Which activation answered: its id and the process it lives in.</summary>
    [ReadOnly]
    Task<ProbeActivation> WhereAmI();

    /// <summary>Echoes <paramref name="value"/> (throughput measurements).</summary>
    [ReadOnly]
    Task<int> Echo(int value);

    /// <summary>Throws <see cref="ArgumentException"/> with the message (error propagation).</summary>
    Task Fail(string message);
}
