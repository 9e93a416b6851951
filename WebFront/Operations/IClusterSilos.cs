namespace CheckIn.WebFront.Operations;

/// <summary>The silos of the cluster, with their figures, for <c>/api/cluster</c> and the dashboard. One silo
/// for now (<see cref="LocalClusterSilos"/>); a membership-aware implementation replaces the registration.</summary>
public interface IClusterSilos
{
    /// <summary>Every silo known to the cluster, this one first.</summary>
    ValueTask<IReadOnlyList<ClusterSilo>> GetSilosAsync(CancellationToken cancellationToken);
}
