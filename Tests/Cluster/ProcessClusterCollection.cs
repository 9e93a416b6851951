namespace CheckIn.Tests.Cluster;

/// <summary>The tests that run silos as separate processes: one after the other and apart from every other
/// collection, since each starts several silo processes and, on a two-core machine, would starve the
/// timing-sensitive tests (and be starved by them, which would distort the measured failover times).</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ProcessClusterCollection
{
    public const string Name = "Process cluster";
}
