using Npgsql;

namespace CheckIn.Tests.Silo.Storage;

/// <summary>A fresh PostgreSQL database for one test class, on the server named by the <c>CHECKIN_TEST_PG</c>
/// environment variable (an Npgsql connection string); dropped again afterwards. Without the variable the
/// PostgreSQL tests are skipped.</summary>
public sealed class PostgresDatabaseFixture : IAsyncLifetime
{
    public const string EnvironmentVariable = "CHECKIN_TEST_PG";

    private readonly string? _serverConnectionString = Environment.GetEnvironmentVariable(EnvironmentVariable);
    private readonly string _database = $"checkin_test_{Guid.NewGuid():N}";

    /// <summary>The connection string of the fresh database; null when no server is configured.</summary>
    public string? ConnectionString { get; private set; }

    public async ValueTask InitializeAsync()
    {
        if (string.IsNullOrWhiteSpace(_serverConnectionString))
        {
            return;
        }

        await ExecuteOnServerAsync($"CREATE DATABASE {_database}");
        ConnectionString = new NpgsqlConnectionStringBuilder(_serverConnectionString) { Database = _database }.ConnectionString;
    }

    public async ValueTask DisposeAsync()
    {
        if (ConnectionString is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await ExecuteOnServerAsync($"DROP DATABASE IF EXISTS {_database} WITH (FORCE)");
        }
    }

    /// <summary>Skips the calling test when no PostgreSQL server is configured, else returns the connection string.</summary>
    public string RequireConnectionString() =>
        ConnectionString ?? throw new InvalidOperationException(
            $"Set {EnvironmentVariable} to an Npgsql connection string (e.g. from scripts/lib/postgres.sh start_throwaway_postgres) to run the PostgreSQL tests.");

    private async Task ExecuteOnServerAsync(string sql)
    {
        await using var dataSource = NpgsqlDataSource.Create(_serverConnectionString!);
        await using var command = dataSource.CreateCommand(sql);
        await command.ExecuteNonQueryAsync();
    }
}
