namespace CheckIn.Grains.CheckIn.Mail;

/// <summary>What became of one attempt to send a warning.</summary>
public enum MailSendOutcome
{
    /// <summary>The SMTP server accepted it.</summary>
    Sent,

    /// <summary>The server answered and refused this message (a rejected recipient, a 4xx/5xx reply to it); it is
    /// retried with back-off, and counts toward <see cref="SmtpOptions.MaxAttempts"/>.</summary>
    Failed,

    /// <summary>No usable contact is stored for the visitor (deleted by retention); retrying cannot help.</summary>
    NoContact,

    /// <summary>Not attempted because the silo is stopping; it stays queued.</summary>
    NotAttempted,

    /// <summary>The server could not be reached or is not taking mail (connection refused, reset or timed out,
    /// 421 service not available): nothing is wrong with the message. It stays queued without counting an attempt,
    /// and the outbox tries again after <see cref="SmtpOptions.UnavailableRetryDelay"/>.</summary>
    Unavailable,
}
