using System.Net.Mail;
using System.Net.Sockets;

namespace CheckIn.Grains.CheckIn.Mail;

/// <summary>Tells a server that cannot take mail at all from a refusal of one message, so that an outage of the SMTP
/// server never uses up a message's attempts.</summary>
internal static class SmtpFailures
{
    /// <summary><see cref="MailSendOutcome.Unavailable"/> when the server could not be reached or said it is not
    /// available (421), the connection broke, or the send timed out (<see cref="OperationCanceledException"/> from the
    /// send's timeout); <see cref="MailSendOutcome.Failed"/> when the server answered and refused the message.</summary>
    public static MailSendOutcome Classify(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        if (exception is SmtpException { StatusCode: SmtpStatusCode.ServiceNotAvailable })
        {
            return MailSendOutcome.Unavailable;
        }

        // A reply about this message or its recipient: the server is there, and it is this message it refuses.
        if (exception is SmtpFailedRecipientException or SmtpFailedRecipientsException)
        {
            return MailSendOutcome.Failed;
        }

        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is SocketException or IOException or TimeoutException or OperationCanceledException)
            {
                return MailSendOutcome.Unavailable;
            }
        }

        return MailSendOutcome.Failed;
    }
}
