using CheckIn.Testing;

namespace CheckIn.Tests.Infrastructure;

/// <summary>One throwaway PostgreSQL server per test collection, with a fresh database for the storage tests.
/// Tests share the database and keep apart by using their own grain keys.</summary>
public sealed class PostgresFixture : IAsyncLifetime
{
    private PostgresTestServer? _server;
    private string? _storageConnectionString;

    /// <summary>The running server.</summary>
    public PostgresTestServer Server => _server ?? throw new InvalidOperationException("The fixture is not initialized.");

    /// <summary>A database created for this collection's storage tests.</summary>
    public string StorageConnectionString => _storageConnectionString ?? throw new InvalidOperationException("The fixture is not initialized.");

    public async ValueTask InitializeAsync()
    {
        _server = await PostgresTestServer.StartAsync(TestContext.Current.CancellationToken);
        _storageConnectionString = await _server.CreateDatabaseAsync("storage_tests", TestContext.Current.CancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }
}
