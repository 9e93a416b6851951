using CheckIn.Silo.Hosting;
using Npgsql;

namespace CheckIn.Tests.Silo.Postgres;

/// <summary>The process's PostgreSQL budget: one bounded data source per database, however its connection string
/// is written.</summary>
public sealed class PostgresDataSourcesTests
{
    private static readonly PostgresSettings s_settings = new() { MaxPoolSize = 7, ConnectionWait = TimeSpan.FromSeconds(12) };

    [Fact]
    public async Task GetOrCreate_SameDatabaseWrittenWithOtherOrderCaseAndAliases_SharesOneDataSource()
    {
        await using var registry = new PostgresDataSources.Registry();

        var storage = registry.GetOrCreate("Host=127.0.0.1;Port=5432;Database=checkin;Username=app", s_settings);
        var membership = registry.GetOrCreate("user id=app; DATABASE=checkin; server=127.0.0.1;port=5432", s_settings);

        Assert.Same(storage, membership);
    }

    [Fact]
    public async Task GetOrCreate_OtherDatabase_GetsADataSourceOfItsOwn()
    {
        await using var registry = new PostgresDataSources.Registry();

        var first = registry.GetOrCreate("Host=127.0.0.1;Database=checkin;Username=app", s_settings);
        var second = registry.GetOrCreate("Host=127.0.0.1;Database=other;Username=app", s_settings);

        Assert.NotSame(first, second);
    }

    [Fact]
    public async Task GetOrCreate_Settings_BoundThePoolAndTheWaitForAConnection()
    {
        await using var registry = new PostgresDataSources.Registry();

        var source = registry.GetOrCreate("Host=127.0.0.1;Database=checkin;Username=app;Maximum Pool Size=100", s_settings);

        var pool = new NpgsqlConnectionStringBuilder(source.ConnectionString);
        Assert.Equal((7, 12), (pool.MaxPoolSize, pool.Timeout));
    }
}
