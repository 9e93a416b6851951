using CheckIn.Testing;
using Npgsql;

namespace CheckIn.Tests.Infrastructure;

/// <summary>A PostgreSQL database of its own for one test class (<c>IClassFixture</c>), so that classes never see each
/// other's rows; dropped again, with any further database made through it, when the class is done.</summary>
/// <remarks>The server is <see cref="PostgresTestServer"/>'s: the one named by <c>CHECKIN_TEST_PG</c> (scripts/test.sh
/// always sets it), else a throwaway server that the fixture starts. The PostgreSQL tests never skip: without a
/// server and without the binaries to start one they fail, saying how to run them. The server is stock (100
/// connections for the whole suite), so the fixture holds no connection of its own between commands, and the
/// data sources it hands out are bounded.</remarks>
public sealed class PostgresDatabaseFixture : IAsyncLifetime
{
    private const int DataSourceMaxPoolSize = 20;
    private static int s_databases;

    private readonly List<NpgsqlDataSource> _dataSources = [];
    private PostgresTestServer? _server;
    private string? _connectionString;
    private NpgsqlDataSource? _dataSource;

    /// <summary>The server, for tests that make databases of their own (dropped with the fixture).</summary>
    public PostgresTestServer Server => _server ?? throw NotInitialized();

    /// <summary>The connection string of the class's database.</summary>
    public string ConnectionString => _connectionString ?? throw NotInitialized();

    /// <summary>The class's database as one data source of at most 20 connections, shared by every silo and client
    /// of the class, as a host shares its own.</summary>
    public NpgsqlDataSource DataSource => _dataSource ?? throw NotInitialized();

    public async ValueTask InitializeAsync()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        _server = await PostgresTestServer.StartAsync(cancellationToken);
        _connectionString = await CreateConnectionStringAsync(cancellationToken);
        _dataSource = Bound(_connectionString);
    }

    /// <summary>Creates a further empty database, for a test that needs one of its own.</summary>
    public async Task<NpgsqlDataSource> CreateDatabaseAsync(CancellationToken cancellationToken) =>
        Bound(await CreateConnectionStringAsync(cancellationToken));

    public async ValueTask DisposeAsync()
    {
        NpgsqlDataSource[] dataSources;
        lock (_dataSources)
        {
            dataSources = [.. _dataSources];
        }

        foreach (var dataSource in dataSources)
        {
            await dataSource.DisposeAsync();
        }

        // Clears the pools of the fixture's databases, then drops them (or stops the throwaway server).
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }

    private Task<string> CreateConnectionStringAsync(CancellationToken cancellationToken) =>
        Server.CreateDatabaseAsync($"checkin_test_{Interlocked.Increment(ref s_databases)}", cancellationToken);

    private NpgsqlDataSource Bound(string connectionString)
    {
        var builder = new NpgsqlDataSourceBuilder(connectionString);
        builder.ConnectionStringBuilder.MaxPoolSize = DataSourceMaxPoolSize;
        var dataSource = builder.Build();
        lock (_dataSources)
        {
            _dataSources.Add(dataSource);
        }

        return dataSource;
    }

    private static InvalidOperationException NotInitialized() => new("The fixture is not initialized.");
}
