using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using CheckIn.Runtime.Membership;

namespace CheckIn.Runtime.Testing;

/// <summary>A silo in its own process: the Silo project's build output run with <c>dotnet</c> and the cluster
/// arguments, for multi-process tests and benchmarks. Its output is kept (the last lines) for failure messages.</summary>
public sealed class SiloProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly Queue<string> _output = new();
    private readonly Lock _lock = new();

    private SiloProcess(Process process, int port)
    {
        _process = process;
        Port = port;
    }

    /// <summary>Fast timings for tests and benchmarks, as command-line configuration.</summary>
    public static IReadOnlyList<string> TestTimings { get; } =
    [
        "--Cluster:RefreshPeriod=00:00:00.200", "--Cluster:ProbePeriod=00:00:00.500", "--Cluster:ProbeTimeout=00:00:02",
        "--Cluster:HeartbeatLease=00:00:03", "--Logging:LogLevel:Default=Warning",
    ];

    /// <summary>The silo's TCP port.</summary>
    public int Port { get; }

    /// <summary>True once the process has exited.</summary>
    public bool HasExited => _process.HasExited;

    /// <summary>The last lines the process printed.</summary>
    public string RecentOutput
    {
        get
        {
            lock (_lock)
            {
                return string.Join(Environment.NewLine, _output);
            }
        }
    }

    /// <summary>Fresh domain keys as environment variables, shared by every process of one cluster.</summary>
    public static IReadOnlyDictionary<string, string> NewKeys() => new Dictionary<string, string>
    {
        ["CheckIn__Keys__PseudonymKey"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
        ["CheckIn__Keys__VenueCodeKey"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
        ["CheckIn__Keys__ContactKey"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
    };

    /// <summary>The Silo build output next to the caller's: <c>Silo/bin/(Release|Debug)/net10.0/CheckIn.Silo.dll</c>
    /// under the directory above <see cref="AppContext.BaseDirectory"/> that holds <c>Orleans.sln</c>.</summary>
    public static string FindSiloDll()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        var configuration = directory.FullName.Contains($"{Path.DirectorySeparatorChar}Debug{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Debug" : "Release";
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Orleans.sln")))
        {
            directory = directory.Parent;
        }

        return Path.Combine(directory?.FullName ?? throw new InvalidOperationException("Orleans.sln not found above " + AppContext.BaseDirectory),
            "Silo", "bin", configuration, "net10.0", "CheckIn.Silo.dll");
    }

    /// <summary>Starts a silo process on a free loopback port.</summary>
    public static SiloProcess Start(string connectionString, string clusterId, IReadOnlyDictionary<string, string> environment, IEnumerable<string>? arguments = null)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var siloDll = FindSiloDll();
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetDirectoryName(siloDll)!,
        };
        foreach (var argument in new[]
                 {
                     siloDll, "--postgres", connectionString, "--cluster-id", clusterId, "--address", "127.0.0.1",
                     "--port", port.ToString(CultureInfo.InvariantCulture),
                 }.Concat(arguments ?? TestTimings))
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        var process = new Process { StartInfo = start };
        var silo = new SiloProcess(process, port);
        process.OutputDataReceived += (_, e) => silo.Keep(e.Data);
        process.ErrorDataReceived += (_, e) => silo.Keep(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return silo;
    }

    /// <summary>Waits until the silo is active in the membership table; returns its address.</summary>
    public async Task<SiloAddress> WaitUntilActiveAsync(string connectionString, string clusterId, TimeSpan deadline, CancellationToken cancellationToken = default)
    {
        await using var table = new PostgresMembershipTable(connectionString, clusterId);
        await table.InitializeAsync(cancellationToken).ConfigureAwait(false);
        var until = DateTime.UtcNow + deadline;
        while (true)
        {
            var snapshot = await table.ReadAsync(null, 0, cancellationToken).ConfigureAwait(false);
            if (snapshot.Entries.FirstOrDefault(e => e.Silo.Port == Port && e.Status == SiloStatus.Active) is { } entry)
            {
                return entry.Silo;
            }

            if (HasExited || DateTime.UtcNow > until)
            {
                throw new InvalidOperationException($"Silo on port {Port} did not become active (exited: {HasExited}). Output:{Environment.NewLine}{RecentOutput}");
            }

            await Task.Delay(50, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>kill -9.</summary>
    public void Kill() => _process.Kill(entireProcessTree: true);

    /// <summary>SIGTERM: the host stops gracefully (the silo leaves the cluster), then waits for the exit.</summary>
    public async Task TerminateAsync(TimeSpan deadline, CancellationToken cancellationToken = default)
    {
        using (var kill = Process.Start("kill", ["-TERM", _process.Id.ToString(CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
        }

        await WaitForExitAsync(deadline, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Waits for the process to exit on its own.</summary>
    public Task WaitForExitAsync(TimeSpan deadline, CancellationToken cancellationToken = default)
        => _process.WaitForExitAsync(cancellationToken).WaitAsync(deadline, cancellationToken);

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync().ConfigureAwait(false);
        }

        _process.Dispose();
    }

    private static int FreePort()
    {
        using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        socket.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        return ((IPEndPoint)socket.LocalEndPoint!).Port;
    }

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_lock)
        {
            _output.Enqueue(line);
            while (_output.Count > 200)
            {
                _output.Dequeue();
            }
        }
    }
}
