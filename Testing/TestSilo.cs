using CheckIn.Silo.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Orleans.TestingHost;

namespace CheckIn.Testing;

/// <summary>An Orleans test cluster (<see cref="InProcessTestCluster"/>) configured exactly as the product's silos
/// are (<see cref="CheckInSiloHostingExtensions.AddCheckInSilo"/>), with the storage and clock a test chooses. It
/// can be restarted within the test: state and reminders survive in SQLite or PostgreSQL, activations do not.</summary>
public sealed class TestSilo : IAsyncDisposable
{
    private readonly TestSiloOptions _options;
    private readonly string? _temporaryDirectory;

    // Reminders (and anything else keyed by service) are stored under the service id: a restart must keep it, or the
    // new cluster would not see the reminders the old one registered. The test cluster builder draws a new one each time.
    private readonly string _serviceId = "checkin-test-" + Guid.NewGuid().ToString("N");
    private InProcessTestCluster? _cluster;

    private TestSilo(TestSiloOptions options)
    {
        _options = options;
        if (options.Storage == TestStorage.Sqlite && options.ConnectionString is null)
        {
            _temporaryDirectory = Directory.CreateTempSubdirectory("checkin-test-silo-").FullName;
            options.ConnectionString = $"Data Source={Path.Combine(_temporaryDirectory, "silo.db")}";
        }
    }

    /// <summary>The running cluster.</summary>
    public InProcessTestCluster Cluster => _cluster ?? throw new InvalidOperationException("The test silo is not running.");

    /// <summary>The grain factory of the first silo (calls from inside the cluster, as grains make them).</summary>
    public IGrainFactory GrainFactory => Services.GetRequiredService<IGrainFactory>();

    /// <summary>The first silo's services.</summary>
    public IServiceProvider Services => Cluster.Silos[0].ServiceProvider;

    /// <summary>The clock of grains, grain timers and reminders.</summary>
    public ManualTimeProvider Time => _options.Time;

    /// <summary>Starts a cluster of <see cref="TestSiloOptions.Silos"/> silos.</summary>
    public static async Task<TestSilo> StartAsync(Action<TestSiloOptions>? configure = null)
    {
        var options = new TestSiloOptions();
        configure?.Invoke(options);
        var silo = new TestSilo(options);
        await silo.StartClusterAsync().ConfigureAwait(false);
        return silo;
    }

    /// <summary>Stops every silo gracefully (activations deactivate) and starts a new cluster on the same storage
    /// and clock.</summary>
    public async Task RestartAsync()
    {
        await StopAsync().ConfigureAwait(false);
        await StartClusterAsync().ConfigureAwait(false);
    }

    /// <summary>Stops every silo gracefully.</summary>
    public async Task StopAsync()
    {
        if (_cluster is { } cluster)
        {
            _cluster = null;
            await cluster.StopAllSilosAsync().ConfigureAwait(false);
            await cluster.DisposeAsync().ConfigureAwait(false);
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

    private async Task StartClusterAsync()
    {
        var settings = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase)
        {
            ["Storage:Provider"] = _options.Storage.ToString(),
            ["Storage:ConnectionString"] = _options.ConnectionString,
            // Tests shorten reminder periods (reconcile, exposure wake-ups) below Orleans' one-minute floor.
            ["Silo:MinimumReminderPeriod"] = "00:00:01",
            ["Logging:LogLevel:Default"] = "Warning",
            ["Logging:LogLevel:Orleans"] = "Error",
        };
        foreach (var (key, value) in _options.Settings)
        {
            settings[key] = value;
        }

        var builder = new InProcessTestClusterBuilder((short)_options.Silos);
        builder.Options.ServiceId = _serviceId;
        // Logs go to the test host's logging, not to files in the working directory.
        builder.Options.ConfigureFileLogging = false;
        builder.ConfigureHost(host =>
        {
            host.Configuration.AddInMemoryCollection(settings);
            host.Logging.AddFilter("Orleans", LogLevel.Error);
            host.Services.AddManualClock(_options.Time);
        });
        builder.ConfigureSilo((_, silo) =>
        {
            silo.AddCheckInSilo();
            // After the product's registrations, so that a test double (a grain storage keyed "Default") replaces them.
            _options.ConfigureServices?.Invoke(silo.Services);
        });
        var cluster = builder.Build();
        await cluster.DeployAsync().ConfigureAwait(false);
        _cluster = cluster;
    }
}
