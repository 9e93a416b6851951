using CheckIn.Runtime;
using CheckIn.Runtime.Membership;
using CheckIn.Runtime.Placement;

namespace CheckIn.Tests.Cluster;

/// <summary>Placement by consistent hashing, without silos.</summary>
public sealed class ConsistentHashRingTests
{
    private static readonly SiloAddress[] s_silos = [new("127.0.0.1", 11111, 1), new("127.0.0.1", 11112, 1), new("127.0.0.1", 11113, 1)];
    private static readonly GrainId[] s_grains = [.. Enumerable.Range(0, 3000).Select(static i => new GrainId("VenueGrain", $"tenant:{i}"))];

    [Fact]
    public void Owner_SameMembership_SameOwnerInEveryProcess()
    {
        var first = new ConsistentHashRing(s_silos);
        var second = new ConsistentHashRing([.. s_silos.Reverse()]);

        Assert.All(s_grains, grain => Assert.Equal(first.Owner(grain), second.Owner(grain)));
    }

    [Fact]
    public void Owner_ThreeSilos_SpreadsKeysRoughlyEvenly()
    {
        var ring = new ConsistentHashRing(s_silos);

        var counts = s_grains.GroupBy(ring.Owner).ToDictionary(static g => g.Key!, static g => g.Count());

        Assert.Equal(3, counts.Count);
        Assert.All(counts.Values, static count => Assert.InRange(count, 600, 1400));
    }

    [Fact]
    public void Owner_SiloJoins_OnlyKeysTakenByTheNewSiloMove()
    {
        var before = new ConsistentHashRing(s_silos[..2]);
        var after = new ConsistentHashRing(s_silos);

        var moved = s_grains.Where(grain => before.Owner(grain) != after.Owner(grain)).ToList();

        Assert.NotEmpty(moved);
        Assert.All(moved, grain => Assert.Equal(s_silos[2], after.Owner(grain)));
    }

    [Fact]
    public void Owner_NoActiveSilo_IsNull()
        => Assert.Null(new ConsistentHashRing([]).Owner(s_grains[0]));
}
