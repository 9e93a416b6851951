using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using CheckIn.Runtime.Membership;

namespace CheckIn.Tests.Cluster;

/// <summary>A silo in its own process: the Silo project's build output run with <c>dotnet</c>, against the
/// test's PostgreSQL, with test timings. Its output is kept (the last lines) for failure messages.</summary>
internal sealed class SiloProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly Queue<string> _output = new();
    private readonly Lock _lock = new();

    private SiloProcess(Process process, int port)
    {
        _process = process;
        Port = port;
    }

    public int Port { get; }

    public bool HasExited => _process.HasExited;

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

    /// <summary>Shared by every process of one test cluster, like a real deployment's secrets.</summary>
    public static IReadOnlyDictionary<string, string> NewKeys() => new Dictionary<string, string>
    {
        ["CheckIn__Keys__PseudonymKey"] = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32)),
        ["CheckIn__Keys__VenueCodeKey"] = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32)),
        ["CheckIn__Keys__ContactKey"] = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32)),
    };

    public static SiloProcess Start(string connectionString, string clusterId, IReadOnlyDictionary<string, string> environment)
    {
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetDirectoryName(SiloDll)!,
        };
        foreach (var argument in new[]
                 {
                     SiloDll, "--postgres", connectionString, "--cluster-id", clusterId, "--address", "127.0.0.1",
                     "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture),
                     "--Cluster:RefreshPeriod=00:00:00.200", "--Cluster:ProbePeriod=00:00:00.500", "--Cluster:ProbeTimeout=00:00:02",
                     "--Cluster:HeartbeatLease=00:00:03", "--Logging:LogLevel:Default=Warning",
                 })
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
    public async Task<SiloAddress> WaitUntilActiveAsync(PostgresMembershipTable table, TimeSpan deadline)
    {
        var until = DateTime.UtcNow + deadline;
        while (true)
        {
            var snapshot = await table.ReadAsync(null, 0, TestContext.Current.CancellationToken);
            if (snapshot.Entries.FirstOrDefault(e => e.Silo.Port == Port && e.Status == SiloStatus.Active) is { } entry)
            {
                return entry.Silo;
            }

            if (HasExited || DateTime.UtcNow > until)
            {
                throw new InvalidOperationException($"Silo on port {Port} did not become active (exited: {HasExited}). Output:{Environment.NewLine}{RecentOutput}");
            }

            await Task.Delay(50, TestContext.Current.CancellationToken);
        }
    }

    /// <summary>kill -9.</summary>
    public void Kill() => _process.Kill(entireProcessTree: true);

    /// <summary>SIGTERM: the host stops gracefully (the silo leaves the cluster).</summary>
    public async Task TerminateAsync(TimeSpan deadline)
    {
        using (var kill = Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync(TestContext.Current.CancellationToken);
        }

        await WaitForExitAsync(deadline);
    }

    public async Task WaitForExitAsync(TimeSpan deadline)
        => await _process.WaitForExitAsync(TestContext.Current.CancellationToken).WaitAsync(deadline, TestContext.Current.CancellationToken);

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    private static string SiloDll
    {
        get
        {
            var directory = new DirectoryInfo(AppContext.BaseDirectory);
            var configuration = directory.FullName.Contains($"{Path.DirectorySeparatorChar}Debug{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Debug" : "Release";
            while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Orleans.sln")))
            {
                directory = directory.Parent;
            }

            return Path.Combine(directory?.FullName ?? throw new InvalidOperationException("Orleans.sln not found above the test output."),
                "Silo", "bin", configuration, "net10.0", "CheckIn.Silo.dll");
        }
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
