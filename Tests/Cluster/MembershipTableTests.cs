using CheckIn.Runtime.Membership;
using CheckIn.Tests.Infrastructure;

namespace CheckIn.Tests.Cluster;

/// <summary>The membership table's atomicity against a real PostgreSQL server.</summary>
[Collection(ClusterCollection.Name)]
public sealed class MembershipTableTests(PostgresFixture fixture)
{
    [Fact]
    public async Task ConcurrentWriters_OnOneVersion_ExactlyOneCommits()
    {
        var clusterId = "atomic-" + Guid.NewGuid().ToString("N")[..8];
        var cancellation = TestContext.Current.CancellationToken;
        await using var table = new PostgresMembershipTable(fixture.StorageConnectionString, clusterId);
        await table.InitializeAsync(cancellation);
        var before = await table.ReadAsync(null, 0, cancellation);

        var writers = Enumerable.Range(0, 12).Select(i => Task.Run(
            () => table.TryWriteAsync(before.Version, [new MembershipEntry(new SiloAddress("127.0.0.1", 40000 + i, 1), SiloStatus.Active, default, default, 0, [])], cancellation),
            cancellation));
        var results = await Task.WhenAll(writers);

        var after = await table.ReadAsync(null, 0, cancellation);
        Assert.Equal(1, results.Count(static committed => committed));
        Assert.Equal(before.Version + 1, after.Version);
        Assert.Single(after.Entries);
    }

    [Fact]
    public async Task ConcurrentVoters_RetryingOnConflict_EveryVoteIsKept()
    {
        var clusterId = "votes-" + Guid.NewGuid().ToString("N")[..8];
        var cancellation = TestContext.Current.CancellationToken;
        await using var table = new PostgresMembershipTable(fixture.StorageConnectionString, clusterId);
        await table.InitializeAsync(cancellation);
        var suspect = new SiloAddress("127.0.0.1", 41000, 1);
        var initial = await table.ReadAsync(null, 0, cancellation);
        Assert.True(await table.TryWriteAsync(initial.Version, [new MembershipEntry(suspect, SiloStatus.Active, default, default, 0, [])], cancellation));

        // Each voter reads, adds its vote to what it read, and writes only if nobody wrote in between.
        var voters = Enumerable.Range(0, 8).Select(i => Task.Run(async () =>
        {
            while (true)
            {
                var snapshot = await table.ReadAsync(null, 0, cancellation);
                var entry = snapshot.Find(suspect)!;
                var votes = entry.SuspectVotes.Append(Vote.Format($"voter-{i}", 0)).ToList();
                if (await table.TryWriteAsync(snapshot.Version, [entry with { SuspectVotes = votes }], cancellation))
                {
                    return;
                }
            }
        }, cancellation));
        await Task.WhenAll(voters);

        var final = await table.ReadAsync(null, 0, cancellation);
        Assert.Equal(8, final.Find(suspect)!.SuspectVotes.Count);
        Assert.Equal(initial.Version + 9, final.Version);
    }
}
