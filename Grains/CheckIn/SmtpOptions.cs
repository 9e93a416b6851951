namespace CheckIn.Grains.CheckIn;

/// <summary>Outbound mail, bound from the configuration section <c>Smtp</c> (<c>Smtp__Host</c>, <c>Smtp__Port</c>, ...)
/// and validated at start.</summary>
public sealed class SmtpOptions
{
    /// <summary>The configuration section these options are bound from.</summary>
    public const string SectionName = "Smtp";

    /// <summary>False keeps warnings queued in the outboxes without sending them (maintenance, fan-out benchmarks).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>The SMTP server.</summary>
    public string Host { get; set; } = "localhost";

    /// <summary>The SMTP server's port.</summary>
    public int Port { get; set; } = 25;

    /// <summary>The user name for SMTP authentication; none when empty.</summary>
    public string? UserName { get; set; }

    /// <summary>The password for SMTP authentication.</summary>
    public string? Password { get; set; }

    /// <summary>Use TLS (STARTTLS) to the server.</summary>
    public bool EnableSsl { get; set; }

    /// <summary>The sender address of warning mails.</summary>
    public string FromAddress { get; set; } = "no-reply@checkin.localhost";

    /// <summary>The sender's display name.</summary>
    public string FromDisplayName { get; set; } = "来訪者登録システム / Venue check-in";

    /// <summary>How long one message may take to send before the attempt counts as failed.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The most SMTP connections open at once. SmtpClient sends one message at a time on its connection
    /// (about 50 ms each against a local server, see Benchmarks/RESULTS.md, "Venue check-in"), so the send rate grows with
    /// this number until the server or <see cref="MaxSendsPerSecond"/> limits it.</summary>
    public int MaxConnections { get; set; } = 8;

    /// <summary>How long a connection may stay idle and still be used for the next message; one idle for longer is
    /// closed and a new one opened. Shorter than the server's own idle timeout (RFC 5321 asks servers for at least
    /// 5 minutes; some relays use less), so that a message is not sent on a connection the server already closed,
    /// which would count as the server being unavailable.</summary>
    public TimeSpan IdleConnectionLifetime { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The most messages sent in any one second, per silo (what the mail relay allows).</summary>
    public int MaxSendsPerSecond { get; set; } = 50;

    /// <summary>Messages an outbox sends per turn before it records their outcomes durably; also the most mails that
    /// could be sent twice if the process dies between sending and recording.</summary>
    public int SendBatchSize { get; set; } = 8;

    /// <summary>Attempts per message before it is counted as failed for good. Only attempts the server answered (and
    /// refused) count: while the server cannot be reached, nothing is given up.</summary>
    public int MaxAttempts { get; set; } = 10;

    /// <summary>The delay before the first retry; doubled for each further attempt.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The longest delay between two attempts.</summary>
    public TimeSpan RetryMaxDelay { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>How long an outbox waits, after finding the server unreachable (connection refused, reset or timed
    /// out, 421), before it tries one message again; once that one is accepted, it sends at full rate. Short, so
    /// delivery resumes within this delay of the server's return; one try per outbox per delay, so a server that is
    /// down is not hammered.</summary>
    public TimeSpan UnavailableRetryDelay { get; set; } = TimeSpan.FromSeconds(5);
}
