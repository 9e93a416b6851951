namespace CheckIn.WebFront.Operations;

/// <summary>The answer of <c>GET /api/cluster</c>.</summary>
/// <param name="CollectedAt">When the figures were collected.</param>
/// <param name="Silos">Every silo of the cluster.</param>
public sealed record ClusterResponse(DateTimeOffset CollectedAt, IReadOnlyList<ClusterSilo> Silos);
