namespace CheckIn.WebFront.Operations;

/// <summary>The answer of <c>GET /api/cluster</c>.</summary>
/// <param name="CollectedAt">When the figures were collected.</param>
/// <param name="Mode">How this web front reaches the grains: "co-hosted" (a silo runs in this process) or "client".</param>
/// <param name="Silos">Every active silo of the cluster, as Orleans' management grain reports it.</param>
/// <param name="ThisProcess">Call and storage figures measured in this web front's process.</param>
public sealed record ClusterResponse(DateTimeOffset CollectedAt, string Mode, IReadOnlyList<ClusterSilo> Silos, ProcessMetrics ThisProcess);
