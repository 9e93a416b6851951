using System.Net;
using System.Net.Sockets;
using System.Text;

namespace CheckIn.Tests.Infrastructure;

/// <summary>A scripted SMTP peer on a loopback port, for the replies a real server gives only when something is wrong
/// (421 at the greeting, 550 to a recipient, a connection dropped mid-session, no greeting at all). It sends
/// <c>greeting</c> (none when null) and answers each command line with what <c>reply</c> returns for it; null closes
/// the connection.</summary>
public sealed class ScriptedSmtpServer : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _accepting;

    public ScriptedSmtpServer(string? greeting, Func<string, string?> reply)
    {
        _listener.Start();
        Port = ((IPEndPoint)_listener.LocalEndpoint).Port;
        _accepting = AcceptAsync(greeting, reply);
    }

    public int Port { get; }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        try
        {
            await _accepting;
        }
        catch (Exception ex) when (ex is OperationCanceledException or SocketException or ObjectDisposedException)
        {
            // Stopped.
        }

        _stop.Dispose();
    }

    private async Task AcceptAsync(string? greeting, Func<string, string?> reply)
    {
        while (!_stop.IsCancellationRequested)
        {
            var client = await _listener.AcceptTcpClientAsync(_stop.Token);
            _ = ServeAsync(client, greeting, reply);
        }
    }

    private async Task ServeAsync(TcpClient client, string? greeting, Func<string, string?> reply)
    {
        using (client)
        {
            try
            {
                var stream = client.GetStream();
                using var reader = new StreamReader(stream, Encoding.ASCII);
                await using var writer = new StreamWriter(stream, Encoding.ASCII) { NewLine = "\r\n", AutoFlush = true };
                if (greeting is null)
                {
                    await Task.Delay(Timeout.Infinite, _stop.Token);
                }

                await writer.WriteLineAsync(greeting);
                while (await reader.ReadLineAsync(_stop.Token) is { } line && reply(line) is { } answer)
                {
                    await writer.WriteLineAsync(answer);
                }
            }
            catch (Exception ex) when (ex is OperationCanceledException or IOException or SocketException)
            {
                // The client went away, or the server stops.
            }
        }
    }
}
