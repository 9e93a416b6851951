using CheckIn.Runtime;

namespace CheckIn.Tests.Runtime.Grains;

/// <summary>A reentrant probe: its messages interleave at awaits, but never run in parallel.</summary>
[Reentrant]
public sealed class ReentrantProbeGrain : ProbeGrainBase, IReentrantProbeGrain;
