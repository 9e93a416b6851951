namespace CheckIn.Grains.CheckIn.Mail;

/// <summary>Hands a message to the outbound mail server. The production transport is <see cref="SmtpMailTransport"/>.</summary>
public interface IMailTransport
{
    /// <summary>Sends the message; completes when the server accepted it, fails when it did not.</summary>
    Task SendAsync(OutboundMail mail, CancellationToken cancellationToken);
}
