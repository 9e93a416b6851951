using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace CheckIn.Benchmarks.CheckIn;

/// <summary>aiosmtpd (<c>python3-aiosmtpd</c>) on a free loopback port, delivering into a temporary Maildir; stopped
/// (only the process it started) and deleted on disposal.</summary>
internal sealed class LocalSmtpServer : IAsyncDisposable
{
    private readonly Process _process;

    private LocalSmtpServer(Process process, int port, string maildir)
    {
        _process = process;
        Port = port;
        Maildir = maildir;
    }

    public int Port { get; }

    public string Maildir { get; }

    public int DeliveredCount => Directory.EnumerateFiles(Path.Combine(Maildir, "new")).Count();

    public static async Task<LocalSmtpServer> StartAsync()
    {
        var maildir = Directory.CreateTempSubdirectory("checkin-bench-smtp-").FullName;
        foreach (var sub in new[] { "tmp", "new", "cur" })
        {
            Directory.CreateDirectory(Path.Combine(maildir, sub));
        }

        int port;
        using (var listener = new TcpListener(IPAddress.Loopback, 0))
        {
            listener.Start();
            port = ((IPEndPoint)listener.LocalEndpoint).Port;
        }

        var info = new ProcessStartInfo("/usr/bin/python3") { UseShellExecute = false, RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in new[] { "-m", "aiosmtpd", "-n", "-l", $"127.0.0.1:{port}", "-c", "aiosmtpd.handlers.Mailbox", maildir })
        {
            info.ArgumentList.Add(argument);
        }

        var process = Process.Start(info) ?? throw new InvalidOperationException("python3 did not start.");
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var server = new LocalSmtpServer(process, port, maildir);
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (DateTime.UtcNow < deadline && !process.HasExited)
        {
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, port);
                var buffer = new byte[256];
                var read = await client.GetStream().ReadAsync(buffer);
                if (Encoding.ASCII.GetString(buffer, 0, read).StartsWith("220", StringComparison.Ordinal))
                {
                    return server;
                }
            }
            catch (SocketException)
            {
                // Not listening yet.
            }

            await Task.Delay(50);
        }

        await server.DisposeAsync();
        throw new InvalidOperationException("aiosmtpd did not start; install python3-aiosmtpd.");
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill();
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        Directory.Delete(Maildir, recursive: true);
    }
}
