using CheckIn.Testing;

namespace CheckIn.Tests.Infrastructure;

/// <summary>The messages an <see cref="SmtpTestServer"/> stored, read back from its Maildir.</summary>
public static class SmtpTestServerMessages
{
    /// <summary>The messages delivered so far.</summary>
    public static IReadOnlyList<MaildirMessage> Messages(this SmtpTestServer server)
    {
        ArgumentNullException.ThrowIfNull(server);
        return [.. server.DeliveredFiles.Select(MaildirMessage.Load)];
    }

    /// <summary>The messages delivered so far to <paramref name="recipient"/> (envelope recipient, any case).</summary>
    public static IReadOnlyList<MaildirMessage> MessagesTo(this SmtpTestServer server, string recipient)
        => [.. server.Messages().Where(m => m.EnvelopeRecipients.Contains(recipient, StringComparer.OrdinalIgnoreCase))];
}
