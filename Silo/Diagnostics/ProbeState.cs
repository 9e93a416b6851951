namespace CheckIn.Silo.Diagnostics;

/// <summary>The durable state of <see cref="ClusterProbeGrain"/>.</summary>
[GenerateSerializer, Alias("checkin.state.ProbeState")]
public sealed class ProbeState
{
    /// <summary>Every appended value, in order.</summary>
    [Id(0)]
    public List<long> Values { get; set; } = [];
}
