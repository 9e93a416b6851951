using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using CheckIn.Testing;

namespace CheckIn.Tests.Infrastructure;

/// <summary>A real SMTP server for tests: Debian's aiosmtpd (<c>python3-aiosmtpd</c>, which scripts/test.sh installs)
/// on a loopback port, storing every message it accepts in a Maildir that the test reads back. Disposing it stops
/// the server process (only the one it started) and deletes the Maildir.</summary>
public sealed class SmtpTestServer : IAsyncDisposable
{
    /// <summary>Debian's interpreter, which has the module; another python3 first on PATH may not.</summary>
    public const string Python = "/usr/bin/python3";

    private static readonly TimeSpan s_readyTimeout = TimeSpan.FromSeconds(30);
    private readonly Process _process;
    private readonly StringBuilder _output;
    private readonly bool _ownsDirectory;

    private SmtpTestServer(Process process, StringBuilder output, int port, string maildir, bool ownsDirectory)
    {
        _process = process;
        _output = output;
        Port = port;
        MaildirPath = maildir;
        _ownsDirectory = ownsDirectory;
    }

    /// <summary>The loopback port the server listens on.</summary>
    public int Port { get; }

    /// <summary>The Maildir the server delivers to.</summary>
    public string MaildirPath { get; }

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

        try
        {
            for (var attempt = 1; ; attempt++)
            {
                var chosen = port ?? LoopbackPorts.Free();
                var server = Launch(chosen, maildir);
                if (await server.WaitUntilReadyAsync(cancellationToken).ConfigureAwait(false))
                {
                    return server;
                }

                var output = server.Output;
                await server.StopProcessAsync().ConfigureAwait(false);

                // Another process may have taken the port between probing and binding: try another one.
                if (port is not null || attempt == 3)
                {
                    throw new InvalidOperationException($"aiosmtpd did not start on 127.0.0.1:{chosen}. Is python3-aiosmtpd installed? It said:{Environment.NewLine}{output}");
                }
            }
        }
        catch
        {
            Directory.Delete(maildir, recursive: true);
            throw;
        }
    }

    /// <summary>The messages delivered so far.</summary>
    public IReadOnlyList<MaildirMessage> Messages()
        => [.. new[] { "new", "cur" }
            .SelectMany(sub => Directory.EnumerateFiles(Path.Combine(MaildirPath, sub)))
            .Select(MaildirMessage.Load)];

    /// <summary>The messages delivered so far to <paramref name="recipient"/> (envelope recipient, any case).</summary>
    public IReadOnlyList<MaildirMessage> MessagesTo(string recipient)
        => [.. Messages().Where(m => m.EnvelopeRecipients.Contains(recipient, StringComparer.OrdinalIgnoreCase))];

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await StopProcessAsync().ConfigureAwait(false);
        if (_ownsDirectory && Directory.Exists(MaildirPath))
        {
            Directory.Delete(MaildirPath, recursive: true);
        }
    }

    private string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    private static SmtpTestServer Launch(int port, string maildir)
    {
        var info = new ProcessStartInfo(Python)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "-m", "aiosmtpd", "-n", "-l", $"127.0.0.1:{port}", "-c", "aiosmtpd.handlers.Mailbox", maildir })
        {
            info.ArgumentList.Add(argument);
        }

        var output = new StringBuilder();
        var process = new Process { StartInfo = info };
        process.OutputDataReceived += (_, e) => Append(output, e.Data);
        process.ErrorDataReceived += (_, e) => Append(output, e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return new SmtpTestServer(process, output, port, maildir, ownsDirectory: true);
    }

    private static void Append(StringBuilder output, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.AppendLine(line);
        }
    }

    /// <summary>Polls until the server sends its 220 greeting, up to a deadline; false if the process exits first.</summary>
    private async Task<bool> WaitUntilReadyAsync(CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow + s_readyTimeout;
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
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

    private async Task StopProcessAsync()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill();
                await _process.WaitForExitAsync().ConfigureAwait(false);
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }

        _process.Dispose();
    }
}
