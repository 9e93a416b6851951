using CheckIn.Runtime.Hosting;
using CheckIn.Runtime.Reminders;
using CheckIn.Runtime.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CheckIn.Runtime.Testing;

/// <summary>A silo started in-process for a test, with the storage and clock the test chooses. It can
/// be restarted within the test: state and reminders survive in the chosen storage (also in memory),
/// activations do not.</summary>
public sealed class TestSilo : IAsyncDisposable
{
    private readonly TestSiloOptions _options;
    private readonly MemoryGrainStorage _memoryStorage = new(GrainStorageNames.Default);
    private readonly MemoryReminderTable _memoryReminders = new();
    private readonly string? _temporaryDirectory;
    private IHost? _host;

    private TestSilo(TestSiloOptions options)
    {
        _options = options;
        if (options.Storage == TestStorage.Sqlite && options.ConnectionString is null)
        {
            _temporaryDirectory = Directory.CreateTempSubdirectory("checkin-test-silo-").FullName;
            options.ConnectionString = $"Data Source={Path.Combine(_temporaryDirectory, "silo.db")}";
        }
    }

    /// <summary>The grain factory of the running silo.</summary>
    public IGrainFactory GrainFactory => Services.GetRequiredService<IGrainFactory>();

    /// <summary>The silo's services.</summary>
    public IServiceProvider Services => (_host ?? throw new InvalidOperationException("The test silo is not running.")).Services;

    /// <summary>The silo's clock.</summary>
    public ManualTimeProvider Time => _options.Time;

    /// <summary>Starts a silo.</summary>
    public static async Task<TestSilo> StartAsync(Action<TestSiloOptions>? configure = null)
    {
        var options = new TestSiloOptions();
        configure?.Invoke(options);
        var silo = new TestSilo(options);
        await silo.StartHostAsync().ConfigureAwait(false);
        return silo;
    }

    /// <summary>Stops the silo gracefully (activations deactivate) and starts a new one on the same storage and clock.</summary>
    public async Task RestartAsync()
    {
        await StopAsync().ConfigureAwait(false);
        await StartHostAsync().ConfigureAwait(false);
    }

    /// <summary>Stops the silo gracefully.</summary>
    public async Task StopAsync()
    {
        if (_host is { } host)
        {
            _host = null;
            await host.StopAsync().ConfigureAwait(false);
            host.Dispose();
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await StopAsync().ConfigureAwait(false);
        if (_temporaryDirectory is not null)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(_temporaryDirectory, recursive: true);
        }
    }

    private async Task StartHostAsync()
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Logging.AddFilter(level => level >= LogLevel.Warning);
        builder.Services.AddSingleton<TimeProvider>(_options.Time);
        builder.AddSilo(silo =>
        {
            foreach (var assembly in _options.GrainAssemblies)
            {
                silo.AddGrains(assembly);
            }

            switch (_options.Storage)
            {
                case TestStorage.Memory:
                    silo.UseStorage(_memoryStorage, _memoryReminders);
                    break;
                case TestStorage.Sqlite:
                    silo.UseSqliteStorage(_options.ConnectionString!);
                    break;
                case TestStorage.Postgres:
                    silo.UsePostgresStorage(_options.ConnectionString ?? throw new InvalidOperationException("PostgreSQL test storage needs a connection string."));
                    break;
            }
        });
        if (_options.ConfigureSilo is { } configureSilo)
        {
            builder.Services.Configure(configureSilo);
        }

        _options.ConfigureServices?.Invoke(builder.Services);
        var host = builder.Build();
        await host.StartAsync().ConfigureAwait(false);
        _host = host;
    }
}
