using CheckIn.Runtime;

namespace CheckIn.Tests.Runtime.Grains;

/// <summary>A stateless worker probe: up to two local activations per key.</summary>
[StatelessWorker(2)]
public sealed class WorkerProbeGrain : ProbeGrainBase, IWorkerProbeGrain;
