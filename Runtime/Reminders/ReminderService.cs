using System.Collections.Concurrent;
using CheckIn.Runtime.Messaging;
using Microsoft.Extensions.Logging;

namespace CheckIn.Runtime.Reminders;

/// <summary>Keeps the durable reminders of this silo scheduled. Registrations are written to the
/// <see cref="IReminderTable"/> before they are acknowledged; at start every stored reminder is loaded
/// and scheduled again, so reminders survive restarts. A due reminder is delivered as a message to its
/// grain, which activates it if needed. A tick missed while the silo was down fires once at start.
/// In a cluster every silo knows every reminder (they are in the shared table, reloaded on each membership
/// change) but fires only those of grains it owns, so a reminder follows its grain when the grain moves.</summary>
internal sealed partial class ReminderService(IReminderTable table, GrainDispatcher dispatcher, TimeProvider time, ILogger<ReminderService> logger) : IDisposable
{
    private readonly ConcurrentDictionary<(GrainId Grain, string Name), ScheduledReminder> _scheduled = new();

    private TimeProvider Time => time;

    /// <summary>In a cluster: whether this silo owns a grain now; a due reminder of a grain it does not own is skipped.</summary>
    public Func<GrainId, bool>? OwnershipFilter { get; set; }

    /// <summary>Reads the table again: schedules reminders registered elsewhere, drops removed ones, and keeps
    /// the timers of unchanged ones (so that a reload does not fire them again).</summary>
    public async Task ReloadAsync(CancellationToken cancellationToken)
    {
        var stored = await table.ReadAllAsync(cancellationToken).ConfigureAwait(false);
        var keys = new HashSet<(GrainId, string)>();
        foreach (var entry in stored)
        {
            keys.Add((entry.GrainId, entry.Name));
            if (!_scheduled.TryGetValue((entry.GrainId, entry.Name), out var existing) || existing.Entry != entry)
            {
                Schedule(entry);
            }
        }

        foreach (var key in _scheduled.Keys)
        {
            if (!keys.Contains(key) && _scheduled.TryRemove(key, out var removed))
            {
                removed.Dispose();
            }
        }
    }

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        foreach (var entry in await table.ReadAllAsync(cancellationToken).ConfigureAwait(false))
        {
            Schedule(entry);
        }

        LogLoaded(logger, _scheduled.Count);
    }

    public async Task<IGrainReminder> RegisterOrUpdateAsync(GrainId grainId, string name, TimeSpan dueTime, TimeSpan period)
    {
        if (period < TimeSpan.Zero || dueTime < TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(period), "Reminder due time and period must not be negative.");
        }

        var entry = new ReminderEntry(grainId, name, time.GetUtcNow() + dueTime, period);
        await table.UpsertAsync(entry).ConfigureAwait(false);
        Schedule(entry);
        return new GrainReminder(name);
    }

    public async Task UnregisterAsync(GrainId grainId, string name)
    {
        await table.RemoveAsync(grainId, name).ConfigureAwait(false);
        if (_scheduled.TryRemove((grainId, name), out var scheduled))
        {
            scheduled.Dispose();
        }
    }

    public IGrainReminder? Find(GrainId grainId, string name)
        => _scheduled.ContainsKey((grainId, name)) ? new GrainReminder(name) : null;

    public void Dispose()
    {
        foreach (var scheduled in _scheduled.Values)
        {
            scheduled.Dispose();
        }

        _scheduled.Clear();
    }

    private void Schedule(ReminderEntry entry)
    {
        var scheduled = new ScheduledReminder(this, entry);
        _scheduled.AddOrUpdate((entry.GrainId, entry.Name), scheduled, (_, previous) =>
        {
            previous.Dispose();
            return scheduled;
        });
        scheduled.ArmNext(time.GetUtcNow(), afterTick: null);
    }

    private void Fire(ScheduledReminder scheduled, DateTimeOffset dueAt)
    {
        var entry = scheduled.Entry;
        if (OwnershipFilter is { } owns && !owns(entry.GrainId))
        {
            // Another silo owns the grain and fires it; keep the schedule in case the grain comes back.
            if (entry.Period > TimeSpan.Zero)
            {
                scheduled.ArmNext(time.GetUtcNow(), afterTick: dueAt);
            }

            return;
        }

        var tick = new ReminderTickRequest(entry.Name, new TickStatus(entry.FirstTickAt, entry.Period, dueAt));
        dispatcher.DeliverSystem(entry.GrainId, tick);
        tick.Task.ContinueWith(
            (task, _) =>
            {
                if (task.Exception is { } exception)
                {
                    LogTickFailed(logger, entry.Name, entry.GrainId, exception.GetBaseException());
                }

                if (entry.Period > TimeSpan.Zero)
                {
                    scheduled.ArmNext(time.GetUtcNow(), afterTick: dueAt);
                }
                else
                {
                    _ = UnregisterAsync(entry.GrainId, entry.Name);
                }
            },
            null,
            CancellationToken.None,
            TaskContinuationOptions.ExecuteSynchronously,
            TaskScheduler.Default);
    }

    /// <summary>One reminder's timer.</summary>
    private sealed class ScheduledReminder(ReminderService service, ReminderEntry entry) : IDisposable
    {
        private readonly Lock _lock = new();
        private ITimer? _timer;
        private bool _disposed;

        public ReminderEntry Entry { get; } = entry;

        private ReminderService Service => service;

        /// <summary>Arms the timer for the next due tick after <paramref name="afterTick"/> (or the first
        /// tick, or at once if a tick was missed while the silo was down).</summary>
        public void ArmNext(DateTimeOffset now, DateTimeOffset? afterTick)
        {
            var next = NextDue(now, afterTick);
            lock (_lock)
            {
                if (_disposed)
                {
                    return;
                }

                _timer?.Dispose();
                _timer = null;

                // The delay from the clock as it is now, not from `now`: the clock may have moved on while the tick
                // ran, and a timer is relative to the moment it is made.
                var delay = next - Service.Time.GetUtcNow();
                if (delay <= TimeSpan.Zero)
                {
                    // Due already (missed while the silo was down, or while the previous tick ran): fire now rather
                    // than on a zero timer, which a paused or manual clock would hold back.
                    ThreadPool.UnsafeQueueUserWorkItem(static s => s.Reminder.FireIfArmed(s.Due), (Reminder: this, Due: next), preferLocal: false);
                    return;
                }

                _timer = Service.Time.CreateTimer(
                    static state =>
                    {
                        var (reminder, due) = ((ScheduledReminder, DateTimeOffset))state!;
                        reminder.Service.Fire(reminder, due);
                    },
                    (this, next),
                    delay,
                    Timeout.InfiniteTimeSpan);
            }
        }

        private void FireIfArmed(DateTimeOffset due)
        {
            lock (_lock)
            {
                if (_disposed)
                {
                    return;
                }
            }

            Service.Fire(this, due);
        }

        public void Dispose()
        {
            lock (_lock)
            {
                _disposed = true;
                _timer?.Dispose();
            }
        }

        private DateTimeOffset NextDue(DateTimeOffset now, DateTimeOffset? afterTick)
        {
            if (afterTick is null)
            {
                if (now <= Entry.FirstTickAt || Entry.Period <= TimeSpan.Zero)
                {
                    return Entry.FirstTickAt;
                }

                // Missed ticks while the silo was down: fire once now, then resume the schedule.
                return now;
            }

            // A tick that came due while the previous one was still running is not skipped: the latest such tick
            // fires at once (ticks missed meanwhile are folded into it), so a slow daily job still runs daily.
            var latestDue = now < Entry.FirstTickAt
                ? Entry.FirstTickAt
                : Entry.FirstTickAt + (Entry.Period * Math.Floor((now - Entry.FirstTickAt) / Entry.Period));
            if (latestDue > afterTick && latestDue <= now)
            {
                return latestDue;
            }

            var next = latestDue <= now ? latestDue + Entry.Period : latestDue;
            return next <= afterTick ? afterTick.Value + Entry.Period : next;
        }
    }

    [LoggerMessage(EventId = 300, Level = LogLevel.Information, Message = "Loaded {Count} reminders")]
    private static partial void LogLoaded(ILogger logger, int count);

    [LoggerMessage(EventId = 301, Level = LogLevel.Warning, Message = "Reminder {Name} of grain {GrainId} failed")]
    private static partial void LogTickFailed(ILogger logger, string name, GrainId grainId, Exception exception);
}
