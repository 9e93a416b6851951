using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using CheckIn.Benchmarks.Burst;
using CheckIn.Testing;

namespace CheckIn.Benchmarks.Faults;

/// <summary>The processes a fault run books against: the web front with its co-hosted silo (one process), or three
/// silo processes on the PostgreSQL membership table with the web front as their cluster client. The web front
/// listens on one port for the whole run, so a restarted one is where its clients expect it.</summary>
internal sealed class FaultTopology : IAsyncDisposable
{
    public const string AdminPassword = "fault-run-admin-password";
    private const int ClusterSilos = 3;
    private static readonly TimeSpan s_siloStartDeadline = TimeSpan.FromSeconds(90);

    private readonly Dictionary<string, string?> _webSettings;
    private readonly List<SiloProcess> _silos = [];
    private readonly int _port = LoopbackPorts.Free();
    private ServerProcess? _web;

    private FaultTopology(Dictionary<string, string?> webSettings) => _webSettings = webSettings;

    public Uri BaseAddress => new($"http://127.0.0.1:{_port}/");

    public IReadOnlyList<SiloProcess> Silos => _silos;

    /// <summary>Starts the processes: for <see cref="FaultKind.SiloKill"/> three silos (the first alone, as it creates
    /// the schema) and the web front as their client, else the web front with its own silo.</summary>
    public static async Task<FaultTopology> StartAsync(FaultKind kind, IReadOnlyDictionary<string, string?> settings, string connectionString, TextWriter log)
    {
        var webSettings = new Dictionary<string, string?>(settings, StringComparer.OrdinalIgnoreCase) { ["CHECKIN_ADMIN_PASSWORD"] = AdminPassword };
        var topology = new FaultTopology(webSettings);
        try
        {
            if (kind == FaultKind.SiloKill)
            {
                var clusterId = "faults-" + Guid.NewGuid().ToString("N")[..10];
                var environment = BurstSettings.AsEnvironment(settings).Where(p => p.Value is not null).ToDictionary(p => p.Key, p => p.Value!);
                await topology.AddSiloAsync(connectionString, clusterId, environment);
                await Task.WhenAll(Enumerable.Range(1, ClusterSilos - 1).Select(_ => topology.AddSiloAsync(connectionString, clusterId, environment)));
                webSettings["ClusterClient:ConnectionString"] = connectionString;
                webSettings["ClusterClient:ClusterId"] = clusterId;
                log.WriteLine($"  silos: {string.Join(", ", topology._silos.Select(s => $"pid {s.ProcessId} on 127.0.0.1:{s.Port}"))}");
            }

            await topology.StartWebFrontAsync();
            return topology;
        }
        catch
        {
            await topology.DisposeAsync();
            throw;
        }
    }

    /// <summary>Starts the web front (again) on the run's port; returns once it is healthy.</summary>
    public async Task StartWebFrontAsync() => _web = await WebFrontServer.StartAsync(_webSettings, _port);

    /// <summary>kill -9 of the web front process.</summary>
    public async Task KillWebFrontAsync()
    {
        if (_web is { } web)
        {
            _web = null;
            await web.KillAsync();
            await web.DisposeAsync();
        }
    }

    /// <summary>The silo that hosts most slot grains, as the web front's <c>GET /api/cluster</c> reports them (so the
    /// kill takes hot slots with it), with that count.</summary>
    public async Task<(SiloProcess Silo, long Slots)> SiloHostingMostSlotsAsync(HttpClient client)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "api/cluster");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await BurstHttp.StaffTokenAsync(client, "admin", AdminPassword));
        using var response = await client.SendAsync(request);
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"GET /api/cluster answered {(int)response.StatusCode}.");
        }

        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var slotsByPort = new Dictionary<int, long>();
        foreach (var silo in body.RootElement.GetProperty("silos").EnumerateArray())
        {
            var address = silo.GetProperty("address").GetString() ?? "";
            var port = int.Parse(address[(address.LastIndexOf(':') + 1)..], System.Globalization.CultureInfo.InvariantCulture);
            long slots = 0;
            if (silo.GetProperty("metrics") is { ValueKind: JsonValueKind.Object } metrics)
            {
                slots = metrics.GetProperty("grainTypes").EnumerateArray()
                    .Where(t => t.GetProperty("grainType").GetString() == "SlotGrain")
                    .Sum(t => t.GetProperty("activations").GetInt64());
            }

            slotsByPort[port] = slots;
        }

        var victim = _silos.Where(s => !s.HasExited).MaxBy(s => slotsByPort.GetValueOrDefault(s.Port)) ?? throw new InvalidOperationException("No silo is running.");
        return (victim, slotsByPort.GetValueOrDefault(victim.Port));
    }

    /// <summary>Stops the web front (SIGTERM) and kills what silos still run.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_web is { } web)
        {
            _web = null;
            await web.DisposeAsync();
        }

        foreach (var silo in _silos)
        {
            await silo.DisposeAsync();
        }

        _silos.Clear();
    }

    private async Task AddSiloAsync(string connectionString, string clusterId, IReadOnlyDictionary<string, string> environment)
    {
        var silo = SiloProcess.Start(connectionString, clusterId, environment);
        lock (_silos)
        {
            _silos.Add(silo);
        }

        await silo.WaitUntilActiveAsync(connectionString, clusterId, s_siloStartDeadline);
    }
}
