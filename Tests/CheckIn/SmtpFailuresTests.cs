using CheckIn.Grains.CheckIn;
using CheckIn.Grains.CheckIn.Mail;
using CheckIn.Testing;
using CheckIn.Tests.Infrastructure;
using Microsoft.Extensions.Options;

namespace CheckIn.Tests.CheckIn;

/// <summary>What a failed send counts as, from the exceptions SmtpClient really throws: a server that cannot be
/// reached or is not taking mail is <see cref="MailSendOutcome.Unavailable"/> (no attempt of the mail used up), a
/// refusal of this message is <see cref="MailSendOutcome.Failed"/>.</summary>
public sealed class SmtpFailuresTests
{
    [Fact]
    public async Task Classify_ConnectionRefused_Unavailable()
    {
        var error = await SendAsync(LoopbackPorts.Free());

        Assert.Equal(MailSendOutcome.Unavailable, SmtpFailures.Classify(error));
    }

    [Fact]
    public async Task Classify_421ServiceNotAvailableAtGreeting_Unavailable()
    {
        await using var server = new ScriptedSmtpServer("421 4.3.2 Service not available, closing transmission channel", static _ => null);

        var error = await SendAsync(server.Port);

        Assert.Equal(MailSendOutcome.Unavailable, SmtpFailures.Classify(error));
    }

    [Fact]
    public async Task Classify_421ToRecipient_Unavailable()
    {
        await using var server = new ScriptedSmtpServer("220 scripted ESMTP", static line => line.StartsWith("RCPT", StringComparison.OrdinalIgnoreCase) ? "421 4.3.2 Shutting down" : "250 OK");

        var error = await SendAsync(server.Port);

        Assert.Equal(MailSendOutcome.Unavailable, SmtpFailures.Classify(error));
    }

    [Fact]
    public async Task Classify_ConnectionDroppedMidSession_Unavailable()
    {
        await using var server = new ScriptedSmtpServer("220 scripted ESMTP", static line => line.StartsWith("MAIL", StringComparison.OrdinalIgnoreCase) ? null : "250 OK");

        var error = await SendAsync(server.Port);

        Assert.Equal(MailSendOutcome.Unavailable, SmtpFailures.Classify(error));
    }

    [Fact]
    public async Task Classify_NoGreetingBeforeTheTimeout_Unavailable()
    {
        await using var server = new ScriptedSmtpServer(null, static _ => null);

        var error = await SendAsync(server.Port, TimeSpan.FromMilliseconds(500));

        Assert.Equal(MailSendOutcome.Unavailable, SmtpFailures.Classify(error));
    }

    [Fact]
    public async Task Classify_RecipientRejected550_Failed()
    {
        await using var server = new ScriptedSmtpServer("220 scripted ESMTP", static line => line.StartsWith("RCPT", StringComparison.OrdinalIgnoreCase) ? "550 5.1.1 No such user" : "250 OK");

        var error = await SendAsync(server.Port);

        Assert.IsAssignableFrom<System.Net.Mail.SmtpException>(error);
        Assert.Equal(MailSendOutcome.Failed, SmtpFailures.Classify(error));
    }

    [Fact]
    public async Task Classify_MessageRefused554AfterData_Failed()
    {
        await using var server = new ScriptedSmtpServer("220 scripted ESMTP", static line => line.StartsWith("DATA", StringComparison.OrdinalIgnoreCase) ? "554 5.7.1 Message refused" : "250 OK");

        var error = await SendAsync(server.Port);

        Assert.Equal(MailSendOutcome.Failed, SmtpFailures.Classify(error));
    }

    /// <summary>Sends one message through the production transport to 127.0.0.1:<paramref name="port"/>; the error.</summary>
    private static async Task<Exception> SendAsync(int port, TimeSpan? timeout = null)
    {
        using var transport = new SmtpMailTransport(Options.Create(new SmtpOptions { Host = "127.0.0.1", Port = port, FromAddress = "no-reply@checkin.test" }), TimeProvider.System);
        using var deadline = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(20));
        var mail = new OutboundMail("visitor@example.jp", "subject", "body", "<id@checkin.test>", new Dictionary<string, string>());
        return await Assert.ThrowsAnyAsync<Exception>(() => transport.SendAsync(mail, deadline.Token));
    }
}
