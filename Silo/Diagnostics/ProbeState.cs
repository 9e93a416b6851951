namespace CheckIn.Silo.Diagnostics;

/// <summary>The durable state of <see cref="ClusterProbeGrain"/>.</summary>
public sealed class ProbeState
{
    /// <summary>Every appended value, in order.</summary>
    public List<long> Values { get; set; } = [];
}
