using Orleans.Concurrency;

namespace CheckIn.Grains.Interfaces.CheckIn;

/// <summary>A durable mail outbox for part of an exposure's recipients (key: <c>{exposureId}/{n}</c>). It sends one
/// message per recipient through SMTP at the configured rate, retries failures with back-off, and records every
/// outcome durably, so each recipient gets one warning even across restarts.</summary>
[Alias("checkin.IMailOutboxGrain")]
public interface IMailOutboxGrain : IGrainWithStringKey
{
    /// <summary>Queues warnings for the visitors not already queued here; completes when they are durable.</summary>
    Task<OutboxProgress> Enqueue(OutboxBatch batch);

    /// <summary>Makes sure the outbox is sending (after a restart, or when a retry is due).</summary>
    [OneWay]
    Task Wake();

    /// <summary>Sends the next batch of due mails (the outbox's own send loop).</summary>
    [OneWay]
    Task Pump();

    /// <summary>Counts of queued, sent and failed mails.</summary>
    [AlwaysInterleave]
    Task<OutboxProgress> GetProgress();

    /// <summary>Deletes the outbox (retention).</summary>
    Task Purge();
}
