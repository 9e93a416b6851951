using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Npgsql;

namespace CheckIn.Testing;

/// <summary>A silo in its own process: the Silo project's build output run with <c>dotnet CheckIn.Silo.dll
/// --postgres ... --port N --gateway-port N</c> on free loopback ports, for multi-process tests and benchmarks.
/// What it prints is kept (the last lines, for failure messages) and written to <see cref="LogPath"/>.</summary>
public sealed class SiloProcess : IAsyncDisposable
{
    /// <summary>The environment variable that names the silo's entry assembly, overriding the search.</summary>
    public const string SiloDllVariable = "CHECKIN_SILO_DLL";

    private const int KeptLines = 400;
    private static readonly TimeSpan s_poll = TimeSpan.FromMilliseconds(100);

    private readonly Process _process;
    private readonly Queue<string> _output = new();
    private readonly StreamWriter _log;
    private readonly Lock _lock = new();

    private SiloProcess(Process process, int port, int gatewayPort, string logPath)
    {
        _process = process;
        Port = port;
        GatewayPort = gatewayPort;
        LogPath = logPath;
        _log = new StreamWriter(logPath, append: false, Encoding.UTF8) { AutoFlush = true };
    }

    /// <summary>The silo-to-silo port on 127.0.0.1.</summary>
    public int Port { get; }

    /// <summary>The gateway (client) port on 127.0.0.1.</summary>
    public int GatewayPort { get; }

    /// <summary>The file that receives everything the process prints.</summary>
    public string LogPath { get; }

    /// <summary>The process id (what <c>IClusterProbeGrain.WhereAmI</c> reports as <c>ProcessId</c>).</summary>
    public int ProcessId { get; private set; }

    /// <summary>True once the process has exited.</summary>
    public bool HasExited => _process.HasExited;

    /// <summary>The exit code, once exited.</summary>
    public int ExitCode => _process.ExitCode;

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

    /// <summary>Fresh domain and sign-in keys as environment variables: every process of one cluster (silos and
    /// web fronts) must share them.</summary>
    public static IReadOnlyDictionary<string, string> NewKeys() => new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["CheckIn__Keys__PseudonymKey"] = NewKey(),
        ["CheckIn__Keys__VenueCodeKey"] = NewKey(),
        ["CheckIn__Keys__ContactKey"] = NewKey(),
        ["Auth__SigningKey"] = NewKey(),
    };

    /// <summary>The same keys as configuration entries (<c>CheckIn:Keys:PseudonymKey</c> ...), for an in-process
    /// client or web front of the same cluster.</summary>
    public static Dictionary<string, string?> AsConfiguration(IReadOnlyDictionary<string, string> environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        return environment.ToDictionary(static e => e.Key.Replace("__", ":", StringComparison.Ordinal), static string? (e) => e.Value, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The silo's entry assembly: <see cref="SiloDllVariable"/> when set; else
    /// <c>Silo/bin/(Release|Debug)/net10.0/CheckIn.Silo.dll</c> under the directory above
    /// <see cref="AppContext.BaseDirectory"/> that holds <c>Orleans.sln</c> (the caller's configuration first);
    /// else the copy next to the caller (a project reference to the Silo copies it there).</summary>
    public static string FindSiloDll()
    {
        if (Environment.GetEnvironmentVariable(SiloDllVariable) is { Length: > 0 } configured)
        {
            return File.Exists(configured) ? configured : throw new FileNotFoundException($"{SiloDllVariable} names {configured}, which does not exist.");
        }

        var separator = Path.DirectorySeparatorChar;
        var ownConfiguration = AppContext.BaseDirectory.Contains($"{separator}Debug{separator}", StringComparison.Ordinal) ? "Debug" : "Release";
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Orleans.sln")))
        {
            directory = directory.Parent;
        }

        if (directory is not null)
        {
            foreach (var configuration in new[] { ownConfiguration, ownConfiguration == "Release" ? "Debug" : "Release" })
            {
                var candidate = Path.Combine(directory.FullName, "Silo", "bin", configuration, "net10.0", "CheckIn.Silo.dll");
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        var beside = Path.Combine(AppContext.BaseDirectory, "CheckIn.Silo.dll");
        return File.Exists(beside) && File.Exists(Path.Combine(AppContext.BaseDirectory, "CheckIn.Silo.runtimeconfig.json"))
            ? beside
            : throw new InvalidOperationException(
                $"CheckIn.Silo.dll was not found (Silo/bin under the folder holding Orleans.sln above {AppContext.BaseDirectory}, nor beside it). " +
                $"Build the Silo project first (dotnet build Silo -c Release) or set {SiloDllVariable}.");
    }

    /// <summary>Starts a silo process on free loopback ports, member of <paramref name="clusterId"/> in the
    /// PostgreSQL database <paramref name="connectionString"/> (membership and grain state).</summary>
    /// <param name="connectionString">The cluster's database.</param>
    /// <param name="clusterId">The cluster's id.</param>
    /// <param name="environment">Environment variables: at least the cluster's shared keys (<see cref="NewKeys"/>).</param>
    /// <param name="arguments">More host arguments (<c>--Cluster:ProbeTimeout=00:00:01</c>); by default the log level is Warning.</param>
    public static SiloProcess Start(string connectionString, string clusterId, IReadOnlyDictionary<string, string> environment, IEnumerable<string>? arguments = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        ArgumentException.ThrowIfNullOrWhiteSpace(clusterId);
        ArgumentNullException.ThrowIfNull(environment);
        var siloDll = FindSiloDll();
        var (port, gatewayPort) = LoopbackPorts.FreePair();

        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetDirectoryName(siloDll)!,
        };
        string[] clusterArguments =
        [
            siloDll, "--postgres", connectionString, "--cluster-id", clusterId, "--address", "127.0.0.1",
            "--port", port.ToString(CultureInfo.InvariantCulture), "--gateway-port", gatewayPort.ToString(CultureInfo.InvariantCulture),
        ];
        foreach (var argument in clusterArguments.Concat(arguments ?? ["--Logging:LogLevel:Default=Warning"]))
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        var logPath = Path.Combine(Path.GetTempPath(), $"checkin-silo-{clusterId}-{port}.log");
        var process = new Process { StartInfo = start };
        var silo = new SiloProcess(process, port, gatewayPort, logPath);
        process.OutputDataReceived += (_, e) => silo.Keep(e.Data);
        process.ErrorDataReceived += (_, e) => silo.Keep(e.Data);
        process.Start();
        silo.ProcessId = process.Id;
        process.StandardInput.Close();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return silo;
    }

    /// <summary>Reads this silo's newest row of Orleans' membership table (<c>OrleansMembershipTable</c>) in
    /// the cluster's database; null while it has none.</summary>
    public async Task<SiloStatus?> ReadStatusAsync(string connectionString, string clusterId, CancellationToken cancellationToken = default)
    {
        var rows = await ReadMembershipAsync(connectionString, clusterId, cancellationToken).ConfigureAwait(false);
        return rows.Where(r => r.Port == Port).OrderByDescending(static r => r.Generation).Select(static r => (SiloStatus?)r.Status).FirstOrDefault();
    }

    /// <summary>Waits until this silo is Active in the membership table, up to <paramref name="deadline"/>.</summary>
    /// <exception cref="InvalidOperationException">The process exited or the deadline passed; the message holds its output.</exception>
    public Task WaitUntilActiveAsync(string connectionString, string clusterId, TimeSpan deadline, CancellationToken cancellationToken = default)
        => WaitForStatusAsync(connectionString, clusterId, SiloStatus.Active, deadline, cancellationToken);

    /// <summary>Waits until this silo's newest membership row has <paramref name="status"/> (Dead after a kill,
    /// once the others voted it out), up to <paramref name="deadline"/>.</summary>
    public async Task WaitForStatusAsync(string connectionString, string clusterId, SiloStatus status, TimeSpan deadline, CancellationToken cancellationToken = default)
    {
        var until = DateTime.UtcNow + deadline;
        while (true)
        {
            SiloStatus? current = null;
            try
            {
                current = await ReadStatusAsync(connectionString, clusterId, cancellationToken).ConfigureAwait(false);
            }
            catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.UndefinedTable)
            {
                // The first silo has not created the schema yet.
            }

            if (current == status)
            {
                return;
            }

            if ((status != SiloStatus.Dead && HasExited) || DateTime.UtcNow > until)
            {
                throw new InvalidOperationException(
                    $"Silo on 127.0.0.1:{Port} did not reach {status} within {deadline} (now {current?.ToString() ?? "no row"}, exited: {HasExited}). " +
                    $"Output ({LogPath}):{Environment.NewLine}{RecentOutput}");
            }

            await Task.Delay(s_poll, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Every row of the cluster's membership table.</summary>
    public static async Task<IReadOnlyList<MembershipRow>> ReadMembershipAsync(string connectionString, string clusterId, CancellationToken cancellationToken = default)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = new NpgsqlCommand(
            "SELECT Address, Port, Generation, Status, ProxyPort FROM OrleansMembershipTable WHERE DeploymentId = $1", connection);
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = clusterId });
        var rows = new List<MembershipRow>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            rows.Add(new MembershipRow(
                reader.GetString(0),
                reader.GetInt32(1),
                reader.GetInt32(2),
                (SiloStatus)reader.GetInt32(3),
                reader.IsDBNull(4) ? null : reader.GetInt32(4)));
        }

        return rows;
    }

    /// <summary>kill -9: the process dies at once, without leaving the cluster.</summary>
    public void Kill() => _process.Kill(entireProcessTree: true);

    /// <summary>SIGTERM: the host stops gracefully (the silo leaves the cluster and hands its grains off); then
    /// waits for the exit, up to <paramref name="deadline"/>.</summary>
    public async Task TerminateAsync(TimeSpan deadline, CancellationToken cancellationToken = default)
    {
        var result = await ProcessRunner.RunAsync("kill", ["-TERM", ProcessId.ToString(CultureInfo.InvariantCulture)], TimeSpan.FromSeconds(10), cancellationToken).ConfigureAwait(false);
        if (result.ExitCode != 0 && !HasExited)
        {
            throw new InvalidOperationException($"kill -TERM {ProcessId} failed: {result.Output}");
        }

        await WaitForExitAsync(deadline, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Waits for the process to exit, up to <paramref name="deadline"/>.</summary>
    public Task WaitForExitAsync(TimeSpan deadline, CancellationToken cancellationToken = default)
        => _process.WaitForExitAsync(cancellationToken).WaitAsync(deadline, cancellationToken);

    /// <summary>Kills the process if it still runs and waits for it.</summary>
    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
            }

            await _process.WaitForExitAsync().ConfigureAwait(false);
        }
        catch (InvalidOperationException)
        {
            // Never started or already gone.
        }

        _process.Dispose();
        lock (_lock)
        {
            _log.Dispose();
        }
    }

    private static string NewKey() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_lock)
        {
            _output.Enqueue(line);
            while (_output.Count > KeptLines)
            {
                _output.Dequeue();
            }

            try
            {
                _log.WriteLine(line);
            }
            catch (ObjectDisposedException)
            {
                // Output that arrives after disposal is dropped.
            }
        }
    }

    /// <summary>One row of Orleans' membership table.</summary>
    /// <param name="Address">The silo's IP address.</param>
    /// <param name="Port">Its silo-to-silo port.</param>
    /// <param name="Generation">Its incarnation.</param>
    /// <param name="Status">Its status.</param>
    /// <param name="GatewayPort">Its gateway port, if any.</param>
    public sealed record MembershipRow(string Address, int Port, int Generation, SiloStatus Status, int? GatewayPort);
}
