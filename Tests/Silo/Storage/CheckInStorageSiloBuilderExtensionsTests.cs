using CheckIn.Silo.Storage;
using CheckIn.Silo.Storage.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Orleans.Storage;

namespace CheckIn.Tests.Silo.Storage;

public sealed class CheckInStorageSiloBuilderExtensionsTests
{
    [Fact]
    public void AddCheckInSqliteGrainStorage_CalledTwice_RegistersOneProviderWithBothConfigurations()
    {
        var host = new HostApplicationBuilder();
        host.UseOrleans(silo => silo
            .UseLocalhostClustering()
            .UseSystemTextJsonGrainStorageSerializer()
            .AddCheckInSqliteGrainStorage("store", o => o.ConnectionString = "Data Source=unused.db")
            .AddCheckInSqliteGrainStorage("store", o => o.MaxBatchSize = 7));

        Assert.Single(host.Services, d => d.IsKeyedService && d.ServiceType == typeof(IGrainStorage) && Equals(d.ServiceKey, "store"));
        Assert.Single(host.Services, d => d.ServiceType == typeof(IValidateOptions<SqliteGrainStorageOptions>));
        using var services = host.Services.BuildServiceProvider();
        var options = services.GetRequiredService<IOptionsMonitor<SqliteGrainStorageOptions>>().Get("store");
        Assert.Equal(("Data Source=unused.db", 7), (options.ConnectionString, options.MaxBatchSize));
        Assert.NotNull(options.GrainStorageSerializer);
    }

    [Fact]
    public void AddCheckInPostgresGrainStorage_NameTakenBySqlite_Throws()
    {
        var host = new HostApplicationBuilder();

        var error = Assert.Throws<InvalidOperationException>(() => host.UseOrleans(silo => silo
            .AddCheckInSqliteGrainStorage("store", o => o.ConnectionString = "Data Source=unused.db")
            .AddCheckInPostgresGrainStorage("store", o => o.ConnectionString = "Host=unused")));

        Assert.Contains("'store'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartAsync_InvalidOptions_FailsBeforeTrafficWithMessageNamingTheOptions()
    {
        var host = new HostApplicationBuilder();
        host.UseOrleans(silo => silo
            .UseLocalhostClustering()
            .UseSystemTextJsonGrainStorageSerializer()
            .AddCheckInSqliteGrainStorage("store", o => o.MaxBatchSize = 0));
        using var built = host.Build();

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => built.StartAsync(TestContext.Current.CancellationToken));

        Assert.Contains("'store'", error.Message, StringComparison.Ordinal);
        Assert.Contains(nameof(SqliteGrainStorageOptions.ConnectionString), error.Message, StringComparison.Ordinal);
        Assert.Contains(nameof(SqliteGrainStorageOptions.MaxBatchSize), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddCheckInSqliteGrainStorage_NullArguments_Throw()
    {
        var host = new HostApplicationBuilder();

        host.UseOrleans(silo =>
        {
            Assert.Throws<ArgumentNullException>(() => silo.AddCheckInSqliteGrainStorage("store", (Action<SqliteGrainStorageOptions>)null!));
            Assert.Throws<ArgumentNullException>(() => CheckInStorageSiloBuilderExtensions.AddCheckInPostgresGrainStorage(null!, "store", (PostgresGrainStorageOptions _) => { }));
            Assert.ThrowsAny<ArgumentException>(() => silo.AddCheckInSqliteGrainStorage(" ", (SqliteGrainStorageOptions _) => { }));
        });

        Assert.DoesNotContain(host.Services, d => d.ServiceType == typeof(SqliteGrainStorage));
    }
}
