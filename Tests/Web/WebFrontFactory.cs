using System.Collections.Concurrent;
using System.Net;
using CheckIn.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CheckIn.Tests.Web;

/// <summary>The web front with its co-hosted Orleans silo, on memory or a temporary SQLite file, with settings a
/// test chooses. Each factory's silo listens on its own free loopback port, since tests start many web fronts in
/// one process. Settings go through <c>UseSetting</c> so that they are visible while Program builds the
/// host (the silo reads its storage section then).</summary>
public sealed class WebFrontFactory : WebApplicationFactory<Program>
{
    public const string AdminPassword = "admin-password-for-tests";

    private readonly Dictionary<string, string?> _settings;
    private readonly Action<IServiceCollection>? _services;
    private readonly string? _temporaryDirectory;

    public WebFrontFactory(IDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null, bool sqlite = false, string? sqliteDirectory = null)
    {
        _services = services;
        _settings = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase)
        {
            ["CHECKIN_ADMIN_PASSWORD"] = AdminPassword,
            ["Storage:Provider"] = "Memory",
            ["Cluster:Port"] = LoopbackPorts.Free().ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["RateLimiting:Enabled"] = "false",
            ["Auth:MaxFailuresPerAddress"] = "1000",
            ["Logging:LogLevel:Default"] = "Warning",
            ["Logging:LogLevel:Microsoft.AspNetCore"] = "Error",
        };
        if (sqlite)
        {
            var directory = sqliteDirectory;
            if (directory is null)
            {
                _temporaryDirectory = Directory.CreateTempSubdirectory("checkin-web-").FullName;
                directory = _temporaryDirectory;
            }

            _settings["Storage:Provider"] = "Sqlite";
            _settings["Storage:ConnectionString"] = $"Data Source={Path.Combine(directory, "web.db")}";
        }

        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            _settings[key] = value;
        }
    }

    /// <summary>Log lines the app wrote (warnings and above, plus this project's information).</summary>
    public ConcurrentQueue<string> Logs { get; } = new();

    public HttpClient CreateApiClient() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    /// <summary>An API client whose requests arrive from <paramref name="remoteAddress"/>, as if over a connection
    /// from there (<see cref="TestRemoteAddress"/>).</summary>
    public HttpClient CreateApiClientFrom(string remoteAddress)
    {
        var client = CreateApiClient();
        client.DefaultRequestHeaders.Add(TestRemoteAddress.HeaderName, remoteAddress);
        return client;
    }

    public async Task<HttpClient> CreateClientForAsync(string username, string password)
    {
        var client = CreateApiClient();
        var token = await client.GetTokenAsync(username, password);
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public Task<HttpClient> CreateAdminClientAsync() => CreateClientForAsync("admin", AdminPassword);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        foreach (var (key, value) in _settings)
        {
            if (value is not null)
            {
                builder.UseSetting(key, value);
            }
        }

        builder.UseEnvironment("Testing");
        builder.ConfigureLogging(logging => logging.AddProvider(new QueueLoggerProvider(Logs)));
        builder.ConfigureServices(static services => services.AddTransient<IStartupFilter, TestRemoteAddress>());
        if (_services is not null)
        {
            builder.ConfigureTestServices(_services);
        }
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (_temporaryDirectory is not null)
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(_temporaryDirectory, recursive: true);
        }
    }

    /// <summary>The address of the Kestrel server after <c>UseKestrel</c> and <c>StartServer</c>.</summary>
    public static IPEndPoint LoopbackAnyPort => new(IPAddress.Loopback, 0);
}
