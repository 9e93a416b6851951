using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace CheckIn.Testing;

/// <summary>A real SMTP server for tests and benchmarks: Debian's aiosmtpd (<c>python3-aiosmtpd</c>, which
/// scripts/test.sh installs) on a loopback port, storing every message it accepts in a temporary Maildir.
/// <see cref="StopAsync"/> kills it as a crash would and <see cref="RestartAsync"/> brings it back on the same port
/// and Maildir (the SMTP outage fault). Disposing it stops the process (only the one it started) and deletes the
/// Maildir.</summary>
public sealed class SmtpTestServer : IAsyncDisposable
{
    /// <summary>Debian's interpreter, which has the module; another python3 first on PATH may not.</summary>
    public const string Python = "/usr/bin/python3";

    private const int StartAttempts = 3;
    private static readonly TimeSpan s_readyTimeout = TimeSpan.FromSeconds(30);
    private readonly StringBuilder _output = new();
    private Process? _process;

    private SmtpTestServer(int port, string maildir)
    {
        Port = port;
        MaildirPath = maildir;
    }

    /// <summary>The loopback port the server listens on.</summary>
    public int Port { get; private set; }

    /// <summary>The Maildir the server delivers to.</summary>
    public string MaildirPath { get; }

    /// <summary>The files of the messages delivered so far.</summary>
    public IEnumerable<string> DeliveredFiles
        => new[] { "new", "cur" }.SelectMany(sub => Directory.EnumerateFiles(Path.Combine(MaildirPath, sub)));

    /// <summary>How many messages were delivered so far.</summary>
    public int DeliveredCount => DeliveredFiles.Count();

    /// <summary>Starts a server on <paramref name="port"/> (a free one when null) and returns once it greets clients.</summary>
    public static async Task<SmtpTestServer> StartAsync(int? port = null, CancellationToken cancellationToken = default)
    {
        if (!File.Exists(Python))
        {
            throw new InvalidOperationException($"{Python} is missing; install python3-aiosmtpd (scripts/test.sh does, as root).");
        }

        var maildir = Directory.CreateTempSubdirectory("checkin-smtp-").FullName;
        foreach (var sub in new[] { "tmp", "new", "cur" })
        {
            Directory.CreateDirectory(Path.Combine(maildir, sub));
        }

        var server = new SmtpTestServer(port ?? LoopbackPorts.Free(), maildir);
        try
        {
            for (var attempt = 1; !await server.LaunchAsync(cancellationToken).ConfigureAwait(false); attempt++)
            {
                await server.StopAsync().ConfigureAwait(false);

                // Another process may have taken the port between probing and binding: try another one.
                if (port is not null || attempt == StartAttempts)
                {
                    throw server.NotStarted();
                }

                server.Port = LoopbackPorts.Free();
            }
        }
        catch
        {
            await server.DisposeAsync().ConfigureAwait(false);
            throw;
        }

        return server;
    }

    /// <summary>Kills the server process (as a crash would: connections cut, the port refuses); the Maildir stays.</summary>
    public async Task StopAsync()
    {
        if (_process is not { } process)
        {
            return;
        }

        _process = null;
        try
        {
            if (!process.HasExited)
            {
                process.Kill();
                await process.WaitForExitAsync().ConfigureAwait(false);
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }

        process.Dispose();
    }

    /// <summary>Starts the server again on <see cref="Port"/> and the same Maildir; returns once it greets clients.</summary>
    public async Task RestartAsync(CancellationToken cancellationToken = default)
    {
        await StopAsync().ConfigureAwait(false);
        if (!await LaunchAsync(cancellationToken).ConfigureAwait(false))
        {
            await StopAsync().ConfigureAwait(false);
            throw NotStarted();
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await StopAsync().ConfigureAwait(false);
        if (Directory.Exists(MaildirPath))
        {
            Directory.Delete(MaildirPath, recursive: true);
        }
    }

    /// <summary>Starts the process on <see cref="Port"/>; true once it greets clients, false if it exits or stays
    /// silent until the deadline.</summary>
    private async Task<bool> LaunchAsync(CancellationToken cancellationToken)
    {
        var info = new ProcessStartInfo(Python)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "-m", "aiosmtpd", "-n", "-l", $"127.0.0.1:{Port}", "-c", "aiosmtpd.handlers.Mailbox", MaildirPath })
        {
            info.ArgumentList.Add(argument);
        }

        lock (_output)
        {
            _output.Clear();
        }

        var process = new Process { StartInfo = info };
        process.OutputDataReceived += (_, e) => Append(e.Data);
        process.ErrorDataReceived += (_, e) => Append(e.Data);
        process.Start();
        _process = process;
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return await WaitUntilReadyAsync(process, cancellationToken).ConfigureAwait(false);
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }
    }

    private InvalidOperationException NotStarted()
    {
        lock (_output)
        {
            return new InvalidOperationException($"aiosmtpd did not start on 127.0.0.1:{Port}. Is python3-aiosmtpd installed? It said:{Environment.NewLine}{_output}");
        }
    }

    /// <summary>Polls until the server sends its 220 greeting, up to a deadline; false if the process exits first.</summary>
    private async Task<bool> WaitUntilReadyAsync(Process process, CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow + s_readyTimeout;
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited)
            {
                return false;
            }

            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, Port, cancellationToken).ConfigureAwait(false);
                var buffer = new byte[512];
                using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
                timeout.CancelAfter(TimeSpan.FromSeconds(5));
                var read = await client.GetStream().ReadAsync(buffer, timeout.Token).ConfigureAwait(false);
                if (Encoding.ASCII.GetString(buffer, 0, read).StartsWith("220", StringComparison.Ordinal))
                {
                    return true;
                }
            }
            catch (Exception ex) when (ex is SocketException or IOException or OperationCanceledException && !cancellationToken.IsCancellationRequested)
            {
                // Not listening yet.
            }

            await Task.Delay(50, cancellationToken).ConfigureAwait(false);
        }

        return false;
    }
}
