using CheckIn.Tests.Infrastructure;

namespace CheckIn.Tests.Cluster;

/// <summary>The cluster tests, run one after the other and apart from every other collection: each starts several
/// silos (some as processes), and on a two-core machine they would starve the timing-sensitive tests.
/// They have their own PostgreSQL server and database; each test starts its own cluster with its own cluster id.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ClusterCollection : ICollectionFixture<PostgresFixture>
{
    public const string Name = "Cluster";
}
