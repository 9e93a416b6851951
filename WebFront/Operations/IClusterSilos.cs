namespace CheckIn.WebFront.Operations;

/// <summary>The cluster's silos with their figures and this process's own, for <c>/api/cluster</c> and the
/// operations page.</summary>
public interface IClusterSilos
{
    /// <summary>Every active silo of the cluster (the one in this process first) and this process's figures.</summary>
    Task<ClusterResponse> ReadAsync(CancellationToken cancellationToken);
}
