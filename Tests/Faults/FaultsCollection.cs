namespace CheckIn.Tests.Faults;

/// <summary>The fault tests: each runs real processes (PostgreSQL, silos, the web front) under a stampede, so they run
/// one after the other and apart from every other collection, like the process-cluster tests, on a two-core machine.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class FaultsCollection
{
    public const string Name = "Faults";
}
