using CheckIn.Runtime.Diagnostics;
using CheckIn.Runtime.Membership;

namespace CheckIn.WebFront.Operations;

/// <summary>The silos of the cluster this web front is a client of, read from the membership table. The silos'
/// runtime figures live in their own processes, so each row carries an empty snapshot.</summary>
internal sealed class MembershipClusterSilos(IClusterMembership membership, TimeProvider time) : IClusterSilos
{
    public async ValueTask<IReadOnlyList<ClusterSilo>> GetSilosAsync(CancellationToken cancellationToken)
    {
        var snapshot = await membership.ReadAsync(cancellationToken).ConfigureAwait(false);
        var now = time.GetUtcNow();
        var empty = new RuntimeMetricsSnapshot(now, TimeSpan.Zero, 0, 0, 0, 0, 0, [], [], [], []);
        return [.. snapshot.Entries
            .Where(static e => e.Status is SiloStatus.Active or SiloStatus.ShuttingDown)
            .OrderBy(static e => e.Silo)
            .Select(e => new ClusterSilo(e.Silo.ToString(), $"{e.Silo.Host}:{e.Silo.Port}", e.Status.ToString().ToLowerInvariant(), e.StartedAt, empty))];
    }
}
