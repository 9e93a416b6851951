using CheckIn.Grains.Interfaces;
using System.Globalization;
using CheckIn.Grains.Interfaces.CheckIn;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CheckIn.Grains.CheckIn;

/// <summary>An exposure. The fan-out reads the venue's day buckets, spreads the distinct visitors over outboxes by
/// their pseudonym, and writes all outboxes concurrently, so the storage's group commit carries them in a few
/// transactions of large records instead of one write per visitor. A durable reminder, registered before the first
/// outbox write, resumes an interrupted fan-out and keeps the outboxes sending across restarts.</summary>
internal sealed partial class ExposureGrain(
    [PersistentState("exposure")] IPersistentState<ExposureState> state,
    LocalCalendar calendar,
    IOptions<CheckInOptions> options,
    ILogger<ExposureGrain> logger,
    TimeProvider timeProvider)
    : Grain, IExposureGrain, IRemindable
{
    private const string Reminder = "exposure";
    private const int MaxOutboxes = 4096;

    private ExposureState State => state.State;

    public async Task<ExposureReceipt> Start(ExposureRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (State.Status is ExposureStatus.Sending or ExposureStatus.Completed)
        {
            // A repeated report queues nothing, but nudges the outboxes in case they wait for a reminder.
            for (var i = 0; i < State.Outboxes; i++)
            {
                await Outbox(i).Wake();
            }

            return Receipt(isNew: false);
        }

        if (State.Status == ExposureStatus.Unknown)
        {
            State.Status = ExposureStatus.Selecting;
            State.VenueId = request.VenueId;
            State.Tenant = request.Tenant;
            State.VenueName = request.VenueName;
            State.From = request.From;
            State.To = request.To;
            State.Until = request.Until;
            State.ReportedBy = request.ReportedBy;
            State.ReportedAt = timeProvider.GetUtcNow();
        }

        await FanOutAsync();
        return Receipt(isNew: true);
    }

    public async Task<ExposureProgress> GetProgress()
    {
        if (State.Status == ExposureStatus.Unknown)
        {
            throw new CheckInException(CheckInErrorCodes.UnknownExposure, "No exposure has this id.");
        }

        var outboxes = await Task.WhenAll(Enumerable.Range(0, State.Outboxes).Select(i => Outbox(i).GetProgress()));
        var sent = outboxes.Sum(static o => o.Sent);
        var failed = outboxes.Sum(static o => o.Failed);
        var pending = outboxes.Sum(static o => o.Pending);
        var status = State.Status == ExposureStatus.Sending && pending == 0 && IsSelectionFinal() ? ExposureStatus.Completed : State.Status;
        return new ExposureProgress(
            this.GetPrimaryKeyString(),
            State.VenueId,
            State.Tenant,
            State.From,
            State.To,
            status,
            Math.Max(State.Recipients, outboxes.Sum(static o => o.Recipients)),
            sent,
            failed,
            pending,
            outboxes.Sum(static o => o.FailedAttempts));
    }

    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        switch (State.Status)
        {
            case ExposureStatus.Unknown:
                await StopReminderAsync();
                return;

            case ExposureStatus.Selecting:
                // A report that did not get to the end (the silo stopped): finish it without waiting for a repeat.
                await FanOutAsync();
                return;

            case ExposureStatus.Sending:
                if (!IsSelectionFinal() && timeProvider.GetUtcNow() > State.Until)
                {
                    // Reported before the grace period ended: pick up visitors who checked in after the report.
                    await FanOutAsync();
                }

                var progress = await GetProgress();
                if (progress.Pending == 0 && IsSelectionFinal())
                {
                    State.Status = ExposureStatus.Completed;
                    State.CompletedAt = timeProvider.GetUtcNow();
                    await state.WriteStateAsync();
                    LogCompleted(logger, this.GetPrimaryKeyString(), progress.Sent, progress.Failed);

                    // From now on the reminder only waits for the end of the retention period.
                    await this.RegisterOrUpdateReminder(Reminder, TimeSpan.FromDays(1), TimeSpan.FromDays(1));
                }
                else
                {
                    for (var i = 0; i < State.Outboxes; i++)
                    {
                        await Outbox(i).Wake();
                    }
                }

                return;

            case ExposureStatus.Completed:
                if (timeProvider.GetUtcNow() - State.ReportedAt > options.Value.Retention)
                {
                    await Task.WhenAll(Enumerable.Range(0, State.Outboxes).Select(i => Outbox(i).Purge()));
                    await state.ClearStateAsync();
                    await StopReminderAsync();
                    DeactivateOnIdle();
                }

                return;
        }
    }

    private async Task FanOutAsync()
    {
        var started = timeProvider.GetTimestamp();
        var selectedAt = timeProvider.GetUtcNow();
        var days = calendar.DatesBetween(State.From, State.Until).ToList();
        var perDay = await Task.WhenAll(days.Select(d =>
            GrainFactory.Reference<IVenueDayGrain>(GrainKeys.Day(State.VenueId, d)).GetVisitors(State.From, State.Until)));
        var visitors = perDay.SelectMany(static v => v).Distinct(StringComparer.Ordinal).ToList();

        if (State.Outboxes == 0)
        {
            var chunk = options.Value.OutboxChunkSize;
            State.Outboxes = Math.Clamp((visitors.Count + chunk - 1) / chunk, 1, MaxOutboxes);
        }

        // The reminder, then the outbox count, are durable before any outbox holds a mail: whatever happens next,
        // the reminder finishes the fan-out, and a repeat sends each visitor to the outbox that already knows it.
        // In this order, a stored exposure always has its reminder.
        await this.RegisterOrUpdateReminder(Reminder, options.Value.ExposureWakeInterval, options.Value.ExposureWakeInterval);
        await state.WriteStateAsync();

        var batches = new List<string>[State.Outboxes];
        for (var i = 0; i < batches.Length; i++)
        {
            batches[i] = [];
        }

        foreach (var visitor in visitors)
        {
            batches[OutboxOf(visitor, State.Outboxes)].Add(visitor);
        }

        var queued = await Task.WhenAll(batches.Select((batch, i) =>
            Outbox(i).Enqueue(new OutboxBatch(this.GetPrimaryKeyString(), State.Tenant, State.VenueName, State.From, State.To, batch))));

        State.Recipients = queued.Sum(static q => q.Recipients);
        State.Status = ExposureStatus.Sending;
        State.SelectedAt = selectedAt;
        await state.WriteStateAsync();
        LogQueued(logger, this.GetPrimaryKeyString(), State.Recipients, State.Outboxes, timeProvider.GetElapsedTime(started).TotalMilliseconds);
    }

    /// <summary>Pseudonyms are HMAC outputs in hex, so their leading digits are uniform: a stable, even spread.</summary>
    internal static int OutboxOf(string visitor, int outboxes)
        => (int)(ulong.Parse(visitor.AsSpan(0, 15), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture) % (ulong)outboxes);

    private bool IsSelectionFinal() => State.SelectedAt is { } selected && selected > State.Until;

    private async Task StopReminderAsync()
    {
        if (await this.GetReminder(Reminder) is { } reminder)
        {
            await this.UnregisterReminder(reminder);
        }
    }

    private IMailOutboxGrain Outbox(int index) => GrainFactory.Reference<IMailOutboxGrain>(GrainKeys.Outbox(this.GetPrimaryKeyString(), index));

    private ExposureReceipt Receipt(bool isNew)
        => new(this.GetPrimaryKeyString(), State.VenueId, State.From, State.To, State.Until, State.Recipients, isNew);
}
