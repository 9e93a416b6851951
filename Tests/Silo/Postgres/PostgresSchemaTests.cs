using System.Net;
using CheckIn.Silo.Postgres;
using CheckIn.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Npgsql;
using Orleans.Configuration;
using Orleans.Runtime.MembershipService;

namespace CheckIn.Tests.Silo.Postgres;

/// <summary>The embedded scripts: idempotent, safe concurrently, complete, and the membership contract they implement.</summary>
public sealed class PostgresSchemaTests(PostgresDatabaseFixture database) : IClassFixture<PostgresDatabaseFixture>
{
    // Every key the 10.4.2 ADO.NET assemblies require (DEPENDENCIES.md, "Microsoft Orleans 10.4.2").
    private static readonly string[] s_requiredKeys =
    [
        "InsertMembershipVersionKey", "InsertMembershipKey", "UpdateMembershipKey", "UpdateIAmAlivetimeKey",
        "MembershipReadRowKey", "MembershipReadAllKey", "DeleteMembershipTableEntriesKey", "GatewaysQueryKey",
        "CleanupDefunctSiloEntriesKey",
        "UpsertReminderRowKey", "ReadReminderRowsKey", "ReadReminderRowKey", "ReadRangeRows1Key", "ReadRangeRows2Key",
        "DeleteReminderRowKey", "DeleteReminderRowsKey",
    ];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ApplyAsync_Twice_SucceedsAndKeepsOneRowPerKey()
    {
        var dataSource = await database.CreateDatabaseAsync(Ct);

        await PostgresSchema.ApplyAsync(dataSource, Ct);
        await PostgresSchema.ApplyAsync(dataSource, Ct);

        Assert.Equal(s_requiredKeys.Order(StringComparer.Ordinal), await ReadKeysAsync(dataSource));
    }

    [Fact]
    public async Task ApplyAsync_FourConcurrentTasksOnAnEmptyDatabase_AllSucceed()
    {
        var dataSource = await database.CreateDatabaseAsync(Ct);

        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => PostgresSchema.ApplyAsync(dataSource, Ct), Ct)));

        Assert.Equal(s_requiredKeys.Order(StringComparer.Ordinal), await ReadKeysAsync(dataSource));
    }

    [Fact]
    public async Task ApplyAsync_EmptyDatabase_AddsEveryRequiredQueryKey()
    {
        await PostgresSchema.ApplyAsync(database.DataSource, Ct);

        var keys = await ReadKeysAsync(database.DataSource);

        Assert.Empty(s_requiredKeys.Except(keys));
    }

    [Fact]
    public async Task ClusteringQueries_VersionedWrites_FollowOrleansOptimisticConcurrency()
    {
        await PostgresSchema.ApplyAsync(database.DataSource, Ct);
        var table = new AdoNetClusteringTable(
            new ServiceCollection().BuildServiceProvider(),
            Options.Create(new ClusterOptions { ClusterId = $"c-{Guid.NewGuid():N}", ServiceId = "svc" }),
            Options.Create(new AdoNetClusteringSiloOptions { Invariant = "Npgsql", DataSource = database.DataSource }),
            NullLogger<AdoNetClusteringTable>.Instance);
        await table.InitializeMembershipTableAsync(true, Ct);
        await table.InitializeMembershipTableAsync(true, Ct);

        // The version row comes back even without members.
        var empty = await table.ReadAllAsync(Ct);
        Assert.Empty(empty.Members);
        Assert.Equal(0, empty.Version.Version);
        var entry = NewEntry(11111);

        Assert.True(await table.InsertRowAsync(entry, empty.Version.Next(), Ct));
        Assert.False(await table.InsertRowAsync(NewEntry(22222), empty.Version.Next(), Ct));
        var afterInsert = await table.ReadRowAsync(entry.SiloAddress, Ct);
        var (stored, etag) = Assert.Single(afterInsert.Members);
        Assert.Equal(1, afterInsert.Version.Version);
        Assert.Equal(entry.StartTime, stored.StartTime, TimeSpan.FromMilliseconds(1));

        stored.Status = SiloStatus.Active;
        stored.SuspectTimes = [Tuple.Create(SiloAddress.New(IPAddress.Loopback, 33333, 3), DateTime.UtcNow)];
        Assert.True(await table.UpdateRowAsync(stored, etag, afterInsert.Version.Next(), Ct));
        Assert.False(await table.UpdateRowAsync(stored, etag, afterInsert.Version.Next(), Ct));
        await table.UpdateIAmAliveAsync(stored, Ct);

        var missing = await table.ReadRowAsync(SiloAddress.New(IPAddress.Loopback, 44444, 4), Ct);
        Assert.Empty(missing.Members);
        Assert.Equal(2, missing.Version.Version);
        var active = Assert.Single((await table.ReadAllAsync(Ct)).Members).Item1;
        Assert.Equal(SiloStatus.Active, active.Status);
        Assert.Single(active.SuspectTimes ?? []);

        await table.CleanupDefunctSiloEntriesAsync(DateTimeOffset.UtcNow.AddMinutes(1), Ct);
        Assert.Single((await table.ReadAllAsync(Ct)).Members);
    }

    private static MembershipEntry NewEntry(int port) => new()
    {
        SiloAddress = SiloAddress.New(IPAddress.Loopback, port, 1),
        SiloName = $"silo-{port}",
        HostName = "localhost",
        Status = SiloStatus.Joining,
        ProxyPort = port + 1,
        StartTime = DateTime.UtcNow,
        IAmAliveTime = DateTime.UtcNow,
    };

    private static async Task<List<string>> ReadKeysAsync(NpgsqlDataSource dataSource)
    {
        await using var command = dataSource.CreateCommand("SELECT QueryKey FROM OrleansQuery ORDER BY QueryKey COLLATE \"C\"");
        await using var reader = await command.ExecuteReaderAsync(Ct);
        var keys = new List<string>();
        while (await reader.ReadAsync(Ct))
        {
            keys.Add(reader.GetString(0));
        }

        return keys;
    }
}
