using Npgsql;

namespace CheckIn.Tests.Silo.Postgres;

/// <summary>
/// A fresh PostgreSQL database per test class on the server named by <c>CHECKIN_TEST_PG</c> (an Npgsql connection
/// string), dropped again afterwards. Without the variable the tests skip. <see cref="CreateDatabaseAsync"/> makes
/// further empty databases for tests that need one of their own.
/// </summary>
public sealed class PostgresDatabaseFixture : IAsyncLifetime
{
    private const string Variable = "CHECKIN_TEST_PG";

    private readonly List<(string Name, NpgsqlDataSource DataSource)> _databases = [];
    private NpgsqlDataSource? _dataSource;

    /// <summary>The class's database; bounded like the product's, shared by every silo and client of the class.</summary>
    public NpgsqlDataSource DataSource => _dataSource ?? throw new InvalidOperationException($"{Variable} is not set.");

    private static string? ServerConnectionString => Environment.GetEnvironmentVariable(Variable);

    public static void SkipWhenUnavailable() =>
        Assert.SkipWhen(string.IsNullOrWhiteSpace(ServerConnectionString), $"{Variable} is not set: no PostgreSQL server to test against.");

    public async ValueTask InitializeAsync()
    {
        if (!string.IsNullOrWhiteSpace(ServerConnectionString))
        {
            _dataSource = await CreateDatabaseAsync(CancellationToken.None);
        }
    }

    public async Task<NpgsqlDataSource> CreateDatabaseAsync(CancellationToken cancellationToken)
    {
        var name = $"checkin_test_{Guid.NewGuid():N}";
        await using (var admin = NpgsqlDataSource.Create(ServerConnectionString!))
        await using (var command = admin.CreateCommand($"CREATE DATABASE {name}"))
        {
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        var builder = new NpgsqlDataSourceBuilder(ServerConnectionString);
        builder.ConnectionStringBuilder.Database = name;
        builder.ConnectionStringBuilder.MaxPoolSize = 20;
        var dataSource = builder.Build();
        lock (_databases)
        {
            _databases.Add((name, dataSource));
        }

        return dataSource;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var (name, dataSource) in _databases)
        {
            await dataSource.DisposeAsync();
            await using var admin = NpgsqlDataSource.Create(ServerConnectionString!);
            await using var command = admin.CreateCommand($"DROP DATABASE IF EXISTS {name} WITH (FORCE)");
            await command.ExecuteNonQueryAsync();
        }
    }
}
