namespace CheckIn.Benchmarks.Faults;

/// <summary>What one SMTP outage run measured: the warnings as the SMTP server's Maildir holds them, the outboxes'
/// counts, and the times from the server's return to the first and the last delivery.</summary>
internal sealed class SmtpOutageResult
{
    public required string Parameters { get; init; }

    /// <summary>Warnings queued by the exposure report (one per visitor).</summary>
    public required int Warnings { get; init; }

    /// <summary>Visitors with at least one warning in the Maildir.</summary>
    public required int Delivered { get; init; }

    /// <summary>Messages beyond the first to the same visitor.</summary>
    public required int Duplicates { get; init; }

    /// <summary>Of <see cref="Duplicates"/>, those with another Message-ID than the visitor's first message: a second
    /// warning rather than the same one sent again.</summary>
    public required int OtherMessages { get; init; }

    /// <summary>Messages without a Message-ID: their copies cannot be told from other messages.</summary>
    public required int WithoutMessageId { get; init; }

    /// <summary>The most duplicates a kill can cause: one per SMTP connection, for a message the server stored but
    /// died before acknowledging (the outbox then sends it again, with the same Message-ID).</summary>
    public required int MaxResentCopies { get; init; }

    /// <summary>Visitors with no warning in the Maildir at the end.</summary>
    public required int Missing { get; init; }

    /// <summary>Warnings the outboxes gave up (counted failed).</summary>
    public required int Failed { get; init; }

    /// <summary>Send attempts that failed (the outboxes' count), while the server was down and after.</summary>
    public required int FailedAttempts { get; init; }

    /// <summary>Warnings delivered when the server was killed.</summary>
    public required int DeliveredAtFault { get; init; }

    /// <summary>From the kill to the restart of the server.</summary>
    public required TimeSpan Outage { get; init; }

    /// <summary>From the restart command until the new server greeted clients.</summary>
    public required TimeSpan ServerStart { get; init; }

    /// <summary>From the restart command to the first warning the new server delivered.</summary>
    public required TimeSpan? FirstDeliveryAfterRestart { get; init; }

    /// <summary>From the restart command to the last warning delivered.</summary>
    public required TimeSpan? AllDeliveredAfterRestart { get; init; }

    /// <summary>From the exposure report to the kill.</summary>
    public required TimeSpan FaultAt { get; init; }

    public List<string> Notes { get; } = [];

    /// <summary>Every warning delivered, none given up, and nothing sent twice but what the kill can cause: a copy of a
    /// message the server stored without acknowledging it, with the same Message-ID, at most one per connection.</summary>
    public bool Correct => OtherMessages == 0 && WithoutMessageId == 0 && Duplicates <= MaxResentCopies && Missing == 0 && Failed == 0 && Delivered == Warnings;
}
