using CheckIn.Runtime.Hosting;
using CheckIn.Runtime.Reminders;
using CheckIn.Runtime.Storage;
using CheckIn.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace CheckIn.Tests.Storage;

public sealed class StorageServiceCollectionExtensionsTests
{
    [Fact]
    public async Task AddSqliteGrainStorage_CalledTwice_RegistersOneProviderAndOneInitializer()
    {
        using var database = new SqliteTestDatabase();
        var services = new ServiceCollection();

        services.AddSqliteGrainStorage("Default", o => o.ConnectionString = database.ConnectionString);
        services.AddSqliteGrainStorage("Default", o => o.MaxBatchSize = 64);
        services.AddSqliteReminderTable(o => o.ConnectionString = database.ConnectionString);
        services.AddSqliteReminderTable(o => o.ConnectionString = database.ConnectionString);

        Assert.Single(services, d => d.IsKeyedService && d.ServiceType == typeof(IGrainStorage));
        Assert.Single(services, d => d.ServiceType == typeof(IReminderTable));
        Assert.DoesNotContain(services, d => d.ServiceType == typeof(IHostedService));
        await using var provider = services.BuildServiceProvider();
        Assert.IsType<SqliteGrainStorage>(provider.GetRequiredKeyedService<IGrainStorage>("Default"));
        Assert.Equal(64, provider.GetRequiredService<IOptionsMonitor<SqliteStorageOptions>>().Get("Default").MaxBatchSize);
        Assert.Equal(2, provider.GetServices<IStorageInitializer>().Count());
        Assert.Same(provider.GetRequiredKeyedService<IGrainStorage>("Default"), provider.GetServices<IStorageInitializer>().First());
    }

    [Fact]
    public async Task AddMemoryGrainStorage_TwoNames_ResolvesSeparateProviders()
    {
        var services = new ServiceCollection().AddMemoryGrainStorage("a").AddMemoryGrainStorage("b").AddMemoryGrainStorage("a").AddMemoryReminderTable();

        await using var provider = services.BuildServiceProvider();

        Assert.NotSame(provider.GetRequiredKeyedService<IGrainStorage>("a"), provider.GetRequiredKeyedService<IGrainStorage>("b"));
        Assert.IsType<MemoryReminderTable>(provider.GetRequiredService<IReminderTable>());
        Assert.Empty(provider.GetServices<IStorageInitializer>());
    }

    [Fact]
    public void AddPostgresGrainStorage_NameTakenByAnotherProvider_Throws()
    {
        var services = new ServiceCollection().AddMemoryGrainStorage("Default");

        var error = Assert.Throws<InvalidOperationException>(() => services.AddPostgresGrainStorage("Default", o => o.ConnectionString = "Host=127.0.0.1"));

        Assert.Contains("'Default'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddGrainStorage_NullArguments_ThrowArgumentExceptions()
    {
        var services = new ServiceCollection();

        Assert.Throws<ArgumentNullException>(() => ((IServiceCollection)null!).AddMemoryGrainStorage("x"));
        Assert.Throws<ArgumentNullException>(() => services.AddMemoryGrainStorage(null!));
        Assert.Throws<ArgumentNullException>(() => services.AddSqliteGrainStorage("x", null!));
        Assert.Throws<ArgumentNullException>(() => services.AddPostgresGrainStorage("x", null!));
        Assert.Throws<ArgumentNullException>(() => services.AddSqliteReminderTable(null!));
        Assert.Throws<ArgumentNullException>(() => services.AddPostgresReminderTable(null!));
        Assert.Throws<ArgumentException>(() => services.AddSqliteGrainStorage(" ", _ => { }));
    }

    [Theory]
    [InlineData("", 512, 0, "ConnectionString")]
    [InlineData("Host=127.0.0.1", 0, 0, "MaxBatchSize")]
    [InlineData("Host=127.0.0.1", 512, -1, "MaxBatchDelay")]
    public void ValidateOnStart_InvalidPostgresOptions_FailsNamingTheOption(string connectionString, int maxBatchSize, int delayMilliseconds, string option)
    {
        var services = new ServiceCollection().AddPostgresGrainStorage("Default", o =>
        {
            o.ConnectionString = connectionString;
            o.MaxBatchSize = maxBatchSize;
            o.MaxBatchDelay = TimeSpan.FromMilliseconds(delayMilliseconds);
        });
        using var provider = services.BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains(option, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ValidateOnStart_SqliteReminderTableWithoutConnectionString_FailsNamingTheOption()
    {
        using var provider = new ServiceCollection().AddSqliteReminderTable(_ => { }).BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains(nameof(SqliteStorageOptions.ConnectionString), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SiloStart_SqliteStorage_CreatesTablesBeforeFirstUse()
    {
        using var database = new SqliteTestDatabase();
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.AddSilo(silo => silo.UseSqliteStorage(database.ConnectionString));
        using var host = builder.Build();

        await host.StartAsync(TestContext.Current.CancellationToken);

        await using var connection = new Microsoft.Data.Sqlite.SqliteConnection(database.ConnectionString);
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = new Microsoft.Data.Sqlite.SqliteCommand("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name IN ('grain_state', 'reminders');", connection);
        Assert.Equal(2L, await command.ExecuteScalarAsync(TestContext.Current.CancellationToken));
        await host.StopAsync(TestContext.Current.CancellationToken);
    }
}
