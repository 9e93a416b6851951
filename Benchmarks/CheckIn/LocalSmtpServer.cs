using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using CheckIn.Testing;

namespace CheckIn.Benchmarks.CheckIn;

/// <summary>aiosmtpd (<c>python3-aiosmtpd</c>) on a free loopback port, delivering into a temporary Maildir; stopped
/// (only the process it started) and deleted on disposal. <see cref="StopAsync"/> and <see cref="RestartAsync"/>
/// take the server down and bring it back on the same port and Maildir (Benchmarks/Faults, the SMTP outage).</summary>
internal sealed class LocalSmtpServer : IAsyncDisposable
{
    private Process? _process;

    private LocalSmtpServer(int port, string maildir)
    {
        Port = port;
        Maildir = maildir;
    }

    public int Port { get; }

    public string Maildir { get; }

    public int DeliveredCount => DeliveredFiles.Count();

    /// <summary>The files of the delivered messages.</summary>
    public IEnumerable<string> DeliveredFiles => Directory.EnumerateFiles(Path.Combine(Maildir, "new"));

    public static async Task<LocalSmtpServer> StartAsync()
    {
        var maildir = Directory.CreateTempSubdirectory("checkin-bench-smtp-").FullName;
        foreach (var sub in new[] { "tmp", "new", "cur" })
        {
            Directory.CreateDirectory(Path.Combine(maildir, sub));
        }

        var port = LoopbackPorts.Free();

        var server = new LocalSmtpServer(port, maildir);
        try
        {
            await server.RestartAsync();
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }

        return server;
    }

    /// <summary>Kills the server process (as a crash would: connections cut, the port refuses); the Maildir stays.</summary>
    public async Task StopAsync()
    {
        if (_process is { } process)
        {
            _process = null;
            if (!process.HasExited)
            {
                process.Kill();
                await process.WaitForExitAsync();
            }

            process.Dispose();
        }
    }

    /// <summary>Starts the server (again) on <see cref="Port"/> and the same Maildir; returns once it greets clients.</summary>
    public async Task RestartAsync()
    {
        await StopAsync();
        var info = new ProcessStartInfo("/usr/bin/python3") { UseShellExecute = false, RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in new[] { "-m", "aiosmtpd", "-n", "-l", $"127.0.0.1:{Port}", "-c", "aiosmtpd.handlers.Mailbox", Maildir })
        {
            info.ArgumentList.Add(argument);
        }

        var process = Process.Start(info) ?? throw new InvalidOperationException("python3 did not start.");
        _process = process;
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (DateTime.UtcNow < deadline && !process.HasExited)
        {
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, Port);
                var buffer = new byte[256];
                var read = await client.GetStream().ReadAsync(buffer);
                if (Encoding.ASCII.GetString(buffer, 0, read).StartsWith("220", StringComparison.Ordinal))
                {
                    return;
                }
            }
            catch (Exception ex) when (ex is SocketException or IOException)
            {
                // Not listening yet.
            }

            await Task.Delay(50);
        }

        throw new InvalidOperationException($"aiosmtpd did not start on 127.0.0.1:{Port}; install python3-aiosmtpd.");
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        Directory.Delete(Maildir, recursive: true);
    }
}
