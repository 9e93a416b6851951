using System.Diagnostics;
using System.Net;
using CheckIn.Testing;

namespace CheckIn.Benchmarks.Burst;

/// <summary>A server the harness runs as a child process on a free loopback port (the web front, the baseline, bare
/// Kestrel), so that the load client never shares its process with the server it measures. Stopping it sends
/// SIGTERM to this process only, then kills it if it has not exited.</summary>
internal sealed class ServerProcess : IAsyncDisposable
{
    private const int KeptOutputLines = 200;
    private const int BindAttempts = 3;
    private static readonly TimeSpan s_stopTimeout = TimeSpan.FromSeconds(30);

    private readonly Process _process;
    private readonly Queue<string> _output = new();
    private readonly string _workingDirectory;

    private ServerProcess(Process process, Uri baseAddress, string workingDirectory)
    {
        _process = process;
        BaseAddress = baseAddress;
        _workingDirectory = workingDirectory;
    }

    /// <summary>Where the server listens, e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri BaseAddress { get; }

    /// <summary>The assemblies of the harness's servers sit next to the harness's own (the web front is a project
    /// reference, so its runtimeconfig is copied too).</summary>
    public static string AssemblyPath(string assemblyName) => Path.Combine(AppContext.BaseDirectory, assemblyName + ".dll");

    /// <summary>The process id (for a kill from outside).</summary>
    public int ProcessId => _process.Id;

    /// <summary>Starts <c>dotnet {assembly} {arguments}</c> with <c>ASPNETCORE_URLS</c> on a free loopback port (or
    /// <paramref name="port"/>, for a restart where clients expect it) and returns once <paramref name="healthPath"/> answers
    /// 200. A server that could not bind a port chosen here is started again on another one (another process can take
    /// a free port before the server binds it).</summary>
    public static async Task<ServerProcess> StartAsync(string assemblyName, IEnumerable<string> arguments, IReadOnlyDictionary<string, string?> environment, string healthPath, CancellationToken cancellationToken = default, int? port = null)
    {
        var argumentList = arguments.ToList();
        for (var attempt = 1; ; attempt++)
        {
            var server = Launch(assemblyName, argumentList, environment, port ?? LoopbackPorts.Free());
            try
            {
                await server.WaitHealthyAsync(healthPath, cancellationToken);
                return server;
            }
            catch (InvalidOperationException) when (port is null && attempt < BindAttempts && server.ExitedOnAddressInUse())
            {
                await server.DisposeAsync();
            }
            catch
            {
                await server.DisposeAsync();
                throw;
            }
        }
    }

    /// <summary>Stops the server: SIGTERM (a graceful stop: the silo deactivates its grains), then a kill after
    /// a deadline.</summary>
    public async Task StopAsync()
    {
        if (_process.HasExited)
        {
            return;
        }

        using (var kill = Process.Start(new ProcessStartInfo("kill") { ArgumentList = { "-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) }, UseShellExecute = false }))
        {
            if (kill is not null)
            {
                await kill.WaitForExitAsync();
            }
        }

        using var deadline = new CancellationTokenSource(s_stopTimeout);
        try
        {
            await _process.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
    }

    /// <summary>kill -9: the server dies at once, with the requests it was serving.</summary>
    public async Task KillAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        await _process.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        _process.Dispose();
        try
        {
            Directory.Delete(_workingDirectory, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: a leftover empty directory in /tmp must not fail a run.
        }
    }

    private static ServerProcess Launch(string assemblyName, IReadOnlyList<string> arguments, IReadOnlyDictionary<string, string?> environment, int port)
    {
        var baseAddress = new Uri($"http://127.0.0.1:{port}/");
        var workingDirectory = Directory.CreateTempSubdirectory("checkin-burst-server-").FullName;
        var info = new ProcessStartInfo("dotnet")
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = workingDirectory,
        };
        info.ArgumentList.Add(AssemblyPath(assemblyName));
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment)
        {
            info.Environment[name] = value;
        }

        info.Environment["ASPNETCORE_URLS"] = baseAddress.ToString().TrimEnd('/');
        info.Environment["DOTNET_gcServer"] = "1";
        var process = Process.Start(info) ?? throw new InvalidOperationException($"dotnet {assemblyName} did not start.");
        var server = new ServerProcess(process, baseAddress, workingDirectory);
        process.OutputDataReceived += (_, e) => server.Keep(e.Data);
        process.ErrorDataReceived += (_, e) => server.Keep(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return server;
    }

    /// <summary>Whether the process has exited saying that its address was in use (Kestrel's "Failed to bind to
    /// address ...: address already in use").</summary>
    private bool ExitedOnAddressInUse()
        => _process.HasExited && Output().Contains("address already in use", StringComparison.OrdinalIgnoreCase);

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.Enqueue(line);
            while (_output.Count > KeptOutputLines)
            {
                _output.Dequeue();
            }
        }
    }

    private string Output()
    {
        lock (_output)
        {
            return string.Join(Environment.NewLine, _output);
        }
    }

    private async Task WaitHealthyAsync(string healthPath, CancellationToken cancellationToken)
    {
        using var client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(120);
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The server exited with code {_process.ExitCode} before it was healthy:{Environment.NewLine}{Output()}");
            }

            try
            {
                using var response = await client.GetAsync(healthPath, cancellationToken);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                // Slow to answer while starting.
            }

            await Task.Delay(100, cancellationToken);
        }

        throw new InvalidOperationException($"The server was not healthy within 120 s:{Environment.NewLine}{Output()}");
    }
}
