using CheckIn.Grains.CheckIn;
using CheckIn.Grains.CheckIn.Mail;
using CheckIn.Testing;
using CheckIn.Tests.Infrastructure;
using Microsoft.Extensions.Options;

namespace CheckIn.Tests.CheckIn;

/// <summary>The production SMTP transport against a real aiosmtpd: its pool of clients, and what a restart of the
/// server does to the connections they hold.</summary>
public sealed class SmtpMailTransportTests
{
    private const int Connections = 4;

    private static readonly TimeSpan s_idleLifetime = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task SendAsync_ServerKilledAndRestarted_FirstSendAfterTheRestartIsAccepted()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        var port = LoopbackPorts.Free();
        using var transport = Transport(port, Connections, TimeProvider.System);

        // Every client of the pool sends (so each has had a connection to this server), then the server dies.
        await using (var first = await SmtpTestServer.StartAsync(port, cancellationToken))
        {
            await Task.WhenAll(Enumerable.Range(0, Connections * 2).Select(i => transport.SendAsync(Mail($"before{i}@example.jp"), cancellationToken)));
            Assert.Equal(Connections * 2, first.Messages().Count);
        }

        // One send while it is down finds it so, as the outbox's first try after the outage would.
        await Assert.ThrowsAnyAsync<Exception>(() => transport.SendAsync(Mail("during@example.jp"), cancellationToken));

        await using var second = await SmtpTestServer.StartAsync(port, cancellationToken);
        await transport.SendAsync(Mail("after@example.jp"), cancellationToken);

        Assert.Single(second.MessagesTo("after@example.jp"));
    }

    [Fact]
    public async Task SendAsync_ConnectionIdleLongerThanIdleConnectionLifetime_IsReplacedByANewOne()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var server = await SmtpTestServer.StartAsync(cancellationToken: cancellationToken);
        var clock = new ManualTimeProvider();
        using var transport = Transport(server.Port, connections: 1, clock);

        await transport.SendAsync(Mail("first@example.jp"), cancellationToken);
        clock.Advance(s_idleLifetime - TimeSpan.FromSeconds(1));
        await transport.SendAsync(Mail("reused@example.jp"), cancellationToken);
        clock.Advance(s_idleLifetime + TimeSpan.FromSeconds(1));
        await transport.SendAsync(Mail("renewed@example.jp"), cancellationToken);

        // aiosmtpd records the client's address and port of each message's connection.
        var first = Peer(server, "first@example.jp");
        Assert.Equal(first, Peer(server, "reused@example.jp"));
        Assert.NotEqual(first, Peer(server, "renewed@example.jp"));
    }

    private static SmtpMailTransport Transport(int port, int connections, TimeProvider clock)
        => new(
            Options.Create(new SmtpOptions
            {
                Host = "127.0.0.1",
                Port = port,
                FromAddress = "no-reply@checkin.test",
                MaxConnections = connections,
                Timeout = TimeSpan.FromSeconds(10),
                IdleConnectionLifetime = s_idleLifetime,
            }),
            clock);

    private static string Peer(SmtpTestServer server, string recipient)
        => Assert.Single(server.MessagesTo(recipient)).Header("X-Peer") ?? throw new InvalidOperationException("no X-Peer header");

    private static OutboundMail Mail(string to)
        => new(to, "subject", "body", $"<{Guid.NewGuid():N}@checkin.test>", new Dictionary<string, string>());
}
