using CheckIn.Tests.Infrastructure;

namespace CheckIn.Tests.Cluster;

/// <summary>The cluster tests, run one after the other: each starts several silos, and the machine has two cores.
/// They have their own PostgreSQL server and database; each test starts its own cluster with its own cluster id.</summary>
[CollectionDefinition(Name)]
public sealed class ClusterCollection : ICollectionFixture<PostgresFixture>
{
    public const string Name = "Cluster";
}
