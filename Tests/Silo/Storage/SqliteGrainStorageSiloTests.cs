using CheckIn.Silo.Storage;
using Microsoft.Data.Sqlite;
using Orleans.TestingHost;

namespace CheckIn.Tests.Silo.Storage;

/// <summary>The SQLite provider inside a real Orleans silo, as the "Default" storage of a grain's persistent state.</summary>
public sealed class SqliteGrainStorageSiloTests : IAsyncLifetime
{
    private readonly string _directory = Directory.CreateTempSubdirectory("checkin-silo-").FullName;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
        return ValueTask.CompletedTask;
    }

    [Fact]
    public async Task PersistentState_WrittenThenSiloRestarted_IsReadBack()
    {
        var key = Guid.NewGuid().ToString("N");
        await using (var first = await StartClusterAsync())
        {
            var grain = first.Client.GetGrain<IStorageProbeGrain>(key);
            await grain.AddAsync("one").WaitAsync(StorageTestKit.Deadline, Ct);
            await grain.AddAsync("two").WaitAsync(StorageTestKit.Deadline, Ct);
            await first.StopAllSilosAsync(Ct).WaitAsync(StorageTestKit.Deadline, Ct);
        }

        await using var second = await StartClusterAsync();
        var state = await second.Client.GetGrain<IStorageProbeGrain>(key).GetAsync().WaitAsync(StorageTestKit.Deadline, Ct);

        Assert.Equal(["one", "two"], state.Entries);
    }

    private async Task<InProcessTestCluster> StartClusterAsync()
    {
        var connectionString = $"Data Source={Path.Combine(_directory, "silo.db")}";
        var builder = new InProcessTestClusterBuilder(1);
        builder.ConfigureSilo((_, silo) => silo
            .UseSystemTextJsonGrainStorageSerializer()
            .AddCheckInSqliteGrainStorage("Default", options => options.ConnectionString = connectionString)
            // Registering twice must be harmless (hosts compose their configuration from several places).
            .AddCheckInSqliteGrainStorage("Default", options => options.MaxBatchSize = 64));
        var cluster = builder.Build();
        try
        {
            await cluster.DeployAsync().WaitAsync(StorageTestKit.Deadline, Ct);
            return cluster;
        }
        catch
        {
            await cluster.DisposeAsync();
            throw;
        }
    }
}
