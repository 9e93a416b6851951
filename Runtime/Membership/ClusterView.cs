using CheckIn.Runtime.Placement;

namespace CheckIn.Runtime.Membership;

/// <summary>What a process knows of the cluster after one read of the membership table: the snapshot, the
/// hash ring of its active silos, and, for a silo, whether it may create activations yet.</summary>
internal sealed class ClusterView
{
    public ClusterView(MembershipSnapshot snapshot, SiloAddress? self, TimeSpan heartbeatLease)
    {
        Snapshot = snapshot;
        Ring = new ConsistentHashRing(snapshot.ActiveSilos);
        Self = self;
        IsSettled = self is not null && ComputeSettled(snapshot, self, heartbeatLease);
    }

    public MembershipSnapshot Snapshot { get; }

    public long Version => Snapshot.Version;

    public ConsistentHashRing Ring { get; }

    public SiloAddress? Self { get; }

    /// <summary>True when every other silo that could still hold an activation has either released what it does
    /// not own under this version (its acknowledged version) or has been silent for longer than the heartbeat
    /// lease (so it has stopped serving). Only then does this silo create new activations: a grain that moved
    /// here is never active in two silos, even while the silos learn of the change at different moments.</summary>
    public bool IsSettled { get; }

    public bool Owns(GrainId grainId) => Self is not null && Ring.Owner(grainId) == Self;

    private static bool ComputeSettled(MembershipSnapshot snapshot, SiloAddress self, TimeSpan heartbeatLease)
    {
        foreach (var entry in snapshot.Entries)
        {
            if (entry.Silo == self || entry.Status == SiloStatus.Left)
            {
                continue;
            }

            if (entry.AckedVersion < snapshot.Version && entry.IAmAlive + heartbeatLease >= snapshot.DatabaseNow)
            {
                return false;
            }
        }

        return true;
    }
}
