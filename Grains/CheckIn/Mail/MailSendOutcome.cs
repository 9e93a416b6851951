namespace CheckIn.Grains.CheckIn.Mail;

/// <summary>What became of one attempt to send a warning.</summary>
public enum MailSendOutcome
{
    /// <summary>The SMTP server accepted it.</summary>
    Sent,

    /// <summary>The attempt failed (connection, timeout, server refusal); it will be retried.</summary>
    Failed,

    /// <summary>No usable contact is stored for the visitor (deleted by retention); retrying cannot help.</summary>
    NoContact,

    /// <summary>Not attempted because the silo is stopping; it stays queued.</summary>
    NotAttempted,
}
