using CheckIn.Runtime.Testing;

namespace CheckIn.Tests.Cluster;

/// <summary>One PostgreSQL server and database for the cluster tests; each test starts its own cluster with
/// its own cluster id, so tests never see each other's silos.</summary>
public sealed class ClusterFixture : IAsyncLifetime
{
    private PostgresTestServer? _server;
    private string? _connectionString;

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
