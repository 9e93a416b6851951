using System.Net.Mail;
using CheckIn.Grains.CheckIn.Security;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CheckIn.Grains.CheckIn.Mail;

/// <summary>Sends one warning: the only place a visitor's sealed address is opened. It waits for the rate limiter,
/// composes the mail and hands it to the transport with the configured timeout. It never throws for a failed send:
/// the outcome says what happened, and the outbox records it.</summary>
public sealed partial class WarningMailSender(
    ContactCipher cipher,
    WarningMailComposer composer,
    IMailTransport transport,
    MailRateLimiter limiter,
    IOptions<SmtpOptions> options,
    ILogger<WarningMailSender> logger)
{
    /// <summary>Sends <paramref name="mail"/> to the address sealed in <paramref name="sealedAddress"/>.</summary>
    /// <param name="mail">The warning.</param>
    /// <param name="sealedAddress">The contact store's sealed address; null when none is stored.</param>
    /// <param name="stopping">Signalled when the silo stops: a send not yet started is then not attempted.</param>
    public async Task<MailSendOutcome> SendAsync(WarningMail mail, byte[]? sealedAddress, CancellationToken stopping)
    {
        ArgumentNullException.ThrowIfNull(mail);
        if (!cipher.TryOpen(sealedAddress, mail.Tenant, mail.Visitor, out var address))
        {
            LogNoContact(logger, mail.ExposureId, sealedAddress is null);
            return MailSendOutcome.NoContact;
        }

        try
        {
            await limiter.AcquireAsync(stopping).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            return MailSendOutcome.NotAttempted;
        }

        if (stopping.IsCancellationRequested)
        {
            return MailSendOutcome.NotAttempted;
        }

        try
        {
            // The send is bounded by its own timeout, not by the stop signal: a message the server may already have
            // accepted is finished and recorded rather than abandoned and sent again after the restart.
            using var timeout = new CancellationTokenSource(options.Value.Timeout);
            await transport.SendAsync(composer.Compose(mail, address), timeout.Token).ConfigureAwait(false);
            return MailSendOutcome.Sent;
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            // Only the error's type and SMTP status: a server's message may quote the recipient's address.
            LogSendFailed(logger, mail.ExposureId, exception.GetType().Name, (exception as SmtpException)?.StatusCode.ToString() ?? "-");
            return MailSendOutcome.Failed;
        }
    }
}
