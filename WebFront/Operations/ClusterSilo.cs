namespace CheckIn.WebFront.Operations;

/// <summary>One silo of the cluster as the operations views show it.</summary>
/// <param name="Name">The silo's name.</param>
/// <param name="Address">Its silo-to-silo endpoint (host:port).</param>
/// <param name="Status">Membership status: "active" for a live silo.</param>
/// <param name="StartedAt">When the silo started.</param>
/// <param name="HostedHere">Whether the silo runs in this web front's process (its call and storage figures are then
/// in <see cref="ClusterResponse.ThisProcess"/>).</param>
/// <param name="Metrics">Its runtime statistics, or null when the silo did not answer.</param>
public sealed record ClusterSilo(string Name, string Address, string Status, DateTimeOffset StartedAt, bool HostedHere, SiloMetrics? Metrics);
