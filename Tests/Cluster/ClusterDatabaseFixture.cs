using CheckIn.Testing;

namespace CheckIn.Tests.Cluster;

/// <summary>A PostgreSQL database of its own for one test class (a throwaway server, or a fresh database on the
/// server named by <c>CHECKIN_TEST_PG</c>): membership, grain state and the probe grains' activation log of the
/// silo processes. Tests keep apart by their own cluster ids and grain keys.</summary>
public sealed class ClusterDatabaseFixture : IAsyncLifetime
{
    private PostgresTestServer? _server;
    private string? _connectionString;

    /// <summary>The class's database.</summary>
    public string ConnectionString => _connectionString ?? throw new InvalidOperationException("The fixture is not initialized.");

    public async ValueTask InitializeAsync()
    {
        _server = await PostgresTestServer.StartAsync(TestContext.Current.CancellationToken);
        _connectionString = await _server.CreateDatabaseAsync("cluster_tests", TestContext.Current.CancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }
}
