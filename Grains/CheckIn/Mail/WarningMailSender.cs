using System.Net.Mail;
using CheckIn.Grains.CheckIn.Security;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CheckIn.Grains.CheckIn.Mail;

/// <summary>Sends one warning: the only place a visitor's sealed address is opened. It waits for the rate limiter,
/// composes the mail and hands it to the transport with the configured timeout. It never throws for a failed send:
/// the outcome says what happened (<see cref="SmtpFailures"/> tells an unreachable server from a refused message),
/// and the outbox records it. It logs once when the server becomes unreachable and once when it takes mail again,
/// for the whole silo.</summary>
public sealed partial class WarningMailSender(
    ContactCipher cipher,
    WarningMailComposer composer,
    IMailTransport transport,
    MailRateLimiter limiter,
    IOptions<SmtpOptions> options,
    TimeProvider timeProvider,
    ILogger<WarningMailSender> logger)
{
    private readonly Lock _lock = new();
    private DateTimeOffset? _unreachableSince;
    private int _unavailableSends;

    /// <summary>Sends <paramref name="mail"/> to the address sealed in <paramref name="sealedAddress"/>.</summary>
    /// <param name="mail">The warning.</param>
    /// <param name="sealedAddress">The contact store's sealed address; null when none is stored.</param>
    /// <param name="stopping">Signalled when the silo stops: a send not yet started is then not attempted.</param>
    /// <param name="abandon">Signalled when the server is known to be unavailable (another send of the same batch found
    /// it so): a send still under way stops waiting for its timeout and counts as <see cref="MailSendOutcome.Unavailable"/>.</param>
    public async Task<MailSendOutcome> SendAsync(WarningMail mail, byte[]? sealedAddress, CancellationToken stopping, CancellationToken abandon = default)
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
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(abandon);
            timeout.CancelAfter(options.Value.Timeout);
            await transport.SendAsync(composer.Compose(mail, address), timeout.Token).ConfigureAwait(false);
            Reachable();
            return MailSendOutcome.Sent;
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            // Only the error's type and SMTP status: a server's message may quote the recipient's address.
            var error = (exception.InnerException ?? exception).GetType().Name;
            var status = (exception as SmtpException)?.StatusCode.ToString() ?? "-";
            var outcome = SmtpFailures.Classify(exception);
            if (outcome == MailSendOutcome.Unavailable)
            {
                Unreachable(error, status);
                LogSendUnavailable(logger, mail.ExposureId, error, status);
            }
            else
            {
                // The server answered, so it is reachable, even though it refused this message.
                Reachable();
                LogSendFailed(logger, mail.ExposureId, error, status);
            }

            return outcome;
        }
    }

    private void Unreachable(string error, string status)
    {
        lock (_lock)
        {
            _unavailableSends++;
            if (_unreachableSince is not null)
            {
                return;
            }

            _unreachableSince = timeProvider.GetUtcNow();
        }

        LogServerUnreachable(logger, options.Value.Host, options.Value.Port, error, status, options.Value.UnavailableRetryDelay);
    }

    private void Reachable()
    {
        TimeSpan down;
        int sends;
        lock (_lock)
        {
            if (_unreachableSince is not { } since)
            {
                return;
            }

            down = timeProvider.GetUtcNow() - since;
            sends = _unavailableSends;
            _unreachableSince = null;
            _unavailableSends = 0;
        }

        LogServerReachable(logger, options.Value.Host, options.Value.Port, down, sends);
    }
}
