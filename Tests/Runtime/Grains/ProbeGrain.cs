namespace CheckIn.Tests.Runtime.Grains;

/// <summary>A non-reentrant probe: its messages must never interleave.</summary>
public sealed class ProbeGrain : ProbeGrainBase, IProbeGrain;
