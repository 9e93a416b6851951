namespace CheckIn.Runtime.Membership;

/// <summary>The cluster's members as the membership table lists them, for dashboards and tools. Registered by
/// clustered silos and by cluster clients.</summary>
public interface IClusterMembership
{
    /// <summary>Reads the membership table.</summary>
    Task<MembershipSnapshot> ReadAsync(CancellationToken cancellationToken);
}
