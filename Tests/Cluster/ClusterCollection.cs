namespace CheckIn.Tests.Cluster;

/// <summary>The cluster tests, run one after the other: each starts several silos, and the machine has two cores.</summary>
[CollectionDefinition(Name)]
public sealed class ClusterCollection : ICollectionFixture<ClusterFixture>
{
    public const string Name = "Cluster";
}
