using CheckIn.Grains.CheckIn.Mail;
using CheckIn.Grains.Interfaces.CheckIn;
using CheckIn.Grains.Interfaces;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CheckIn.Grains.CheckIn;

/// <summary>A mail outbox. Its send loop is a chain of one-way <see cref="Pump"/> messages to itself: each sends a
/// batch (through the silo-wide rate limiter), records the outcomes durably, and queues the next, so other
/// messages get their turn in between. A mail is marked sent only after the SMTP server accepted it, and the mark
/// is durable before the next batch starts; when the silo stops, sending stops before the state is lost. While the
/// server is unavailable, the outbox pauses for <see cref="SmtpOptions.UnavailableRetryDelay"/>, then tries one mail;
/// once that one is accepted it sends full batches again. Such failures use up no mail's attempts.</summary>
internal sealed partial class MailOutboxGrain(
    [PersistentState("outbox")] IPersistentState<OutboxState> outbox,
    [PersistentState("outbox-progress")] IPersistentState<OutboxProgressState> progress,
    WarningMailSender sender,
    IOptions<SmtpOptions> smtpOptions,
    IHostApplicationLifetime lifetime,
    ILogger<MailOutboxGrain> logger,
    TimeProvider timeProvider)
    : Grain, IMailOutboxGrain
{
    private readonly HashSet<string> _known = new(StringComparer.Ordinal);
    private bool _pumpQueued;
    private IGrainTimer? _retryTimer;
    private DateTimeOffset? _retryTimerAt;

    // Set when a send found the server unavailable: no send before this instant, then one at a time until one is
    // accepted. In memory only: a new activation simply tries again.
    private DateTimeOffset? _serverUnavailableUntil;

    private OutboxState Outbox => outbox.State;

    private OutboxProgressState Progress => progress.State;

    private SmtpOptions Smtp => smtpOptions.Value;

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _known.UnionWith(Outbox.Visitors);
        QueuePump();
        return Task.CompletedTask;
    }

    public async Task<OutboxProgress> Enqueue(OutboxBatch batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        if (Outbox.Visitors.Count == 0)
        {
            Outbox.ExposureId = batch.ExposureId;
            Outbox.Tenant = batch.Tenant;
            Outbox.VenueName = batch.VenueName;
            Outbox.From = batch.From;
            Outbox.To = batch.To;
        }

        var firstAdded = Outbox.Visitors.Count;
        foreach (var visitor in batch.Visitors)
        {
            if (_known.Add(visitor))
            {
                Outbox.Visitors.Add(visitor);
            }
        }

        if (Outbox.Visitors.Count > firstAdded)
        {
            try
            {
                await outbox.WriteStateAsync();
            }
            catch
            {
                // Not durable, so not queued: forget them, and the caller's retry (or the exposure's reminder) adds
                // them again. Kept in memory they would be sent, yet lost to the outbox after a restart.
                foreach (var visitor in Outbox.Visitors.Skip(firstAdded))
                {
                    _known.Remove(visitor);
                }

                Outbox.Visitors.RemoveRange(firstAdded, Outbox.Visitors.Count - firstAdded);
                throw;
            }

            QueuePump();
        }

        return Counts();
    }

    public Task Wake()
    {
        QueuePump();
        return Task.CompletedTask;
    }

    public async Task Pump()
    {
        _pumpQueued = false;
        if (!Smtp.Enabled || lifetime.ApplicationStopping.IsCancellationRequested)
        {
            return;
        }

        var now = timeProvider.GetUtcNow();
        if (_serverUnavailableUntil > now)
        {
            ArmRetryTimer();
            return;
        }

        var due = DuePositions(now, _serverUnavailableUntil is null ? Smtp.SendBatchSize : 1);
        if (due.Count == 0)
        {
            ArmRetryTimer();
            return;
        }

        var contacts = await Task.WhenAll(due.Select(p =>
            GrainFactory.Reference<IContactGrain>(GrainKeys.Visitor(Outbox.Tenant, Outbox.Visitors[p])).GetSealed()));
        // When one send finds the server unavailable, the others of the batch are abandoned: a connection that hangs
        // (a server gone without closing it) would otherwise hold the whole outbox for Smtp:Timeout.
        using var abandon = new CancellationTokenSource();
        var sends = due.Select((position, i) => AbandonOthersWhenUnavailable(sender.SendAsync(
            new WarningMail(Outbox.ExposureId, Outbox.Tenant, Outbox.Visitors[position], Outbox.VenueName, Outbox.From, Outbox.To),
            contacts[i],
            lifetime.ApplicationStopping,
            abandon.Token), abandon)).ToList();
        var outcomes = await Task.WhenAll(sends);

        var changed = false;
        var completedAt = timeProvider.GetUtcNow();
        for (var i = 0; i < due.Count; i++)
        {
            changed |= Record(due[i], outcomes[i], completedAt);
        }

        if (outcomes.Contains(MailSendOutcome.Unavailable))
        {
            _serverUnavailableUntil = completedAt + Smtp.UnavailableRetryDelay;
        }
        else if (outcomes.Any(static o => o is MailSendOutcome.Sent or MailSendOutcome.Failed))
        {
            _serverUnavailableUntil = null;
        }

        if (changed)
        {
            await progress.WriteStateAsync();
        }

        if (_serverUnavailableUntil is null && DuePositions(timeProvider.GetUtcNow(), 1).Count > 0)
        {
            QueuePump();
        }
        else
        {
            ArmRetryTimer();
        }
    }

    public Task<OutboxProgress> GetProgress() => Task.FromResult(Counts());

    private static async Task<MailSendOutcome> AbandonOthersWhenUnavailable(Task<MailSendOutcome> send, CancellationTokenSource abandon)
    {
        var outcome = await send;
        if (outcome == MailSendOutcome.Unavailable)
        {
            await abandon.CancelAsync();
        }

        return outcome;
    }

    public async Task Purge()
    {
        _retryTimer?.Dispose();
        if (outbox.RecordExists)
        {
            await outbox.ClearStateAsync();
        }

        if (progress.RecordExists)
        {
            await progress.ClearStateAsync();
        }

        _known.Clear();
        DeactivateOnIdle();
    }

    private bool Record(int position, MailSendOutcome outcome, DateTimeOffset now)
    {
        switch (outcome)
        {
            case MailSendOutcome.Sent:
                Progress.SetStatus(position, OutboxProgressState.Sent);
                Progress.SentCount++;
                Progress.Retries.Remove(position);
                return true;

            case MailSendOutcome.NoContact:
                Progress.SetStatus(position, OutboxProgressState.Failed);
                Progress.FailedCount++;
                Progress.Retries.Remove(position);
                return true;

            case MailSendOutcome.Failed:
                Progress.FailedAttempts++;
                var retry = Progress.Retries.TryGetValue(position, out var existing) ? existing : new OutboxRetry();
                retry.Attempts++;
                if (retry.Attempts >= Smtp.MaxAttempts)
                {
                    Progress.SetStatus(position, OutboxProgressState.Failed);
                    Progress.FailedCount++;
                    Progress.Retries.Remove(position);
                    LogGaveUp(logger, Outbox.ExposureId, retry.Attempts);
                }
                else
                {
                    retry.NextAttemptAt = now + Backoff(retry.Attempts);
                    Progress.Retries[position] = retry;
                }

                return true;

            case MailSendOutcome.Unavailable:
                // Counted as a failed attempt of the outbox, not of the mail: it stays pending, with its attempts
                // and next retry time as they were.
                Progress.FailedAttempts++;
                return true;

            default:
                return false;
        }
    }

    private TimeSpan Backoff(int attempts)
    {
        // Doubling from the base delay, capped, with up to a quarter more at random so that many outboxes that
        // failed together (the server was down) do not all retry in the same instant.
        var delay = Smtp.RetryBaseDelay * Math.Pow(2, Math.Min(attempts - 1, 20));
        if (delay > Smtp.RetryMaxDelay)
        {
            delay = Smtp.RetryMaxDelay;
        }

        return delay + (delay * (Random.Shared.NextDouble() / 4));
    }

    private List<int> DuePositions(DateTimeOffset now, int limit)
    {
        var due = new List<int>(limit);
        for (var position = 0; position < Outbox.Visitors.Count && due.Count < limit; position++)
        {
            if (Progress.StatusOf(position) == OutboxProgressState.Pending
                && (!Progress.Retries.TryGetValue(position, out var retry) || retry.NextAttemptAt <= now))
            {
                due.Add(position);
            }
        }

        return due;
    }

    private void QueuePump()
    {
        if (_pumpQueued || !Smtp.Enabled || Counts().Pending == 0)
        {
            return;
        }

        _pumpQueued = true;
        _ = GrainFactory.Reference<IMailOutboxGrain>(this.GetPrimaryKeyString()).Pump();
    }

    private void ArmRetryTimer()
    {
        DateTimeOffset? earliestRetry = Progress.Retries.Count > 0 ? Progress.Retries.Values.Min(static r => r.NextAttemptAt) : null;

        // While the server is unavailable nothing is sent before the pause ends; once it has ended and only retries
        // not yet due are left, wait for them (never re-arm at a past pause end, which would fire at once, forever).
        var next = _serverUnavailableUntil is { } unavailableUntil && (earliestRetry is null || unavailableUntil > earliestRetry)
            ? unavailableUntil
            : earliestRetry;
        if (next is not { } at || _retryTimerAt == at)
        {
            return;
        }

        _retryTimer?.Dispose();
        _retryTimerAt = at;
        var delay = at - timeProvider.GetUtcNow();
        _retryTimer = this.RegisterGrainTimer(
            _ =>
            {
                _retryTimerAt = null;
                QueuePump();
                return Task.CompletedTask;
            },
            delay > TimeSpan.Zero ? delay : TimeSpan.Zero,
            Timeout.InfiniteTimeSpan);
    }

    private OutboxProgress Counts()
    {
        var recipients = Outbox.Visitors.Count;
        return new OutboxProgress(
            recipients,
            Progress.SentCount,
            Progress.FailedCount,
            recipients - Progress.SentCount - Progress.FailedCount,
            Progress.FailedAttempts);
    }
}
