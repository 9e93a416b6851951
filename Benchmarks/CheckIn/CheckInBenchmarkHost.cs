using System.Diagnostics;
using System.Security.Cryptography;
using CheckIn.Benchmarks.Burst;
using CheckIn.Grains.Interfaces.CheckIn;
using CheckIn.Silo.Hosting;
using CheckIn.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CheckIn.Benchmarks.CheckIn;

/// <summary>An Orleans silo the way the silo host runs one (<see cref="CheckInSiloHostingExtensions.UseCheckInSilo"/>
/// over configuration: system clock, the product's SQLite or PostgreSQL grain storage and reminders), restartable on
/// the same database.</summary>
internal sealed class CheckInBenchmarkHost : IAsyncDisposable
{
    private readonly BenchmarkStorage _storage;
    private readonly Dictionary<string, string?> _settings;
    private readonly string? _sqliteDirectory;
    private readonly PostgresTestServer? _postgres;
    private readonly string _connectionString;
    private IHost? _host;

    private CheckInBenchmarkHost(BenchmarkStorage storage, Dictionary<string, string?> settings, string? sqliteDirectory, PostgresTestServer? postgres, string connectionString)
    {
        _storage = storage;
        _settings = settings;
        _sqliteDirectory = sqliteDirectory;
        _postgres = postgres;
        _connectionString = connectionString;
    }

    public IGrainFactory Grains => (_host ?? throw new InvalidOperationException("Not running.")).Services.GetRequiredService<IGrainFactory>();

    /// <summary>Settings every benchmark shares: fresh keys, Tokyo time, no reminder wake-ups during a run.</summary>
    public static Dictionary<string, string?> DefaultSettings() => new()
    {
        ["CheckIn:Keys:PseudonymKey"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
        ["CheckIn:Keys:VenueCodeKey"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
        ["CheckIn:Keys:ContactKey"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
        ["CheckIn:TimeZone"] = "Asia/Tokyo",
        ["CheckIn:ExposureWakeInterval"] = "1.00:00:00",
        ["Smtp:Enabled"] = "false",
        ["Smtp:Host"] = "127.0.0.1",
        ["Smtp:FromAddress"] = "no-reply@checkin.bench",
        ["Smtp:MaxSendsPerSecond"] = "100000",
    };

    public static async Task<CheckInBenchmarkHost> StartAsync(BenchmarkStorage storage, Dictionary<string, string?> settings)
    {
        CheckInBenchmarkHost host;
        if (storage == BenchmarkStorage.Postgres)
        {
            var server = await PostgresTestServer.StartAsync();
            var connectionString = await server.CreateDatabaseAsync("checkin_benchmark");
            host = new CheckInBenchmarkHost(storage, settings, null, server, connectionString);
        }
        else
        {
            var directory = Directory.CreateTempSubdirectory("checkin-bench-").FullName;
            host = new CheckInBenchmarkHost(storage, settings, directory, null, $"Data Source={Path.Combine(directory, "silo.db")}");
        }

        await host.StartHostAsync();
        return host;
    }

    /// <summary>Stops the silo (every activation deactivates) and starts a new one on the same database: nothing of
    /// the check-ins is in memory afterwards.</summary>
    public async Task RestartAsync()
    {
        await StopHostAsync();
        await StartHostAsync();
    }

    /// <summary>Registers a venue and checks <paramref name="visitors"/> distinct visitors in, <paramref name="parallelism"/>
    /// at a time; prints the rate.</summary>
    public async Task<VenueInfo> SeedVenueAsync(int visitors, int parallelism = 512)
    {
        var venue = await Grains.GetGrain<IVenueDirectoryGrain>("bench").Register(new VenueRegistration("Benchmark Stadium", "stadium", "Osaka", "operator"));
        var entry = Grains.GetGrain<ICheckInGrain>(ICheckInGrain.Key);
        var clock = Stopwatch.StartNew();
        await Parallel.ForEachAsync(
            Enumerable.Range(0, visitors),
            new ParallelOptions { MaxDegreeOfParallelism = parallelism },
            async (i, _) => await entry.CheckIn(venue.Code, $"visitor{i}.{venue.VenueId}@example.jp", CheckInChannel.Web));
        Console.WriteLine($"// seeded {visitors:N0} check-ins ({_storage}) in {clock.Elapsed.TotalSeconds:0.0} s: {visitors / clock.Elapsed.TotalSeconds:N0} check-ins/s");
        return venue;
    }

    public async ValueTask DisposeAsync()
    {
        await StopHostAsync();
        if (_postgres is not null)
        {
            await _postgres.DisposeAsync();
        }

        if (_sqliteDirectory is not null)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(_sqliteDirectory, recursive: true);
        }
    }

    private async Task StartHostAsync()
    {
        var settings = new Dictionary<string, string?>(_settings, StringComparer.OrdinalIgnoreCase)
        {
            ["Storage:Provider"] = _storage == BenchmarkStorage.Postgres ? nameof(StorageProvider.Postgres) : nameof(StorageProvider.Sqlite),
            ["Storage:ConnectionString"] = _connectionString,
        };
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(BurstSilo.WithFreeSiloPort(settings));
        builder.UseCheckInSilo();
        builder.Services.AddSingleton<IHostLifetime, NoSignalLifetime>();
        var host = builder.Build();
        await host.StartAsync();
        _host = host;
    }

    private async Task StopHostAsync()
    {
        if (_host is { } host)
        {
            _host = null;
            await host.StopAsync();
            host.Dispose();
        }
    }
}
