using CheckIn.Runtime.Diagnostics;

namespace CheckIn.WebFront.Operations;

/// <summary>One silo of the cluster as the operations views show it.</summary>
/// <param name="Name">The silo's name (host and process).</param>
/// <param name="Address">Where it can be reached, or "in-process".</param>
/// <param name="Status">Membership status: "active" for a live silo.</param>
/// <param name="StartedAt">When the silo started.</param>
/// <param name="Metrics">Its runtime figures.</param>
public sealed record ClusterSilo(string Name, string Address, string Status, DateTimeOffset StartedAt, RuntimeMetricsSnapshot Metrics);
