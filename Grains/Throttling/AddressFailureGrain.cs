using CheckIn.Grains.Interfaces.Throttling;

namespace CheckIn.Grains.Throttling;

/// <summary>Failed sign-ins of one client address, as the times of the most recent failures (at most
/// <see cref="FailureLimit.MaxFailures"/> of them: older ones can no longer decide anything).
/// <para>The times are kept in memory only, on purpose: persisting them would turn every bad guess into a
/// database write that an attacker controls, while losing them with a silo costs no more than waiting out the
/// window. What matters is that the count is one for the cluster, and Orleans gives that: one activation per key
/// (the strongly consistent grain directory, <c>AddCheckInSilo</c>). After each failure the activation is kept
/// for the window, so idle collection never forgets a failure that still counts.</para></summary>
public sealed class AddressFailureGrain(TimeProvider timeProvider) : Grain, IAddressFailureGrain
{
    private readonly Queue<DateTimeOffset> _failures = new();

    public Task<TimeSpan?> GetBlockedAsync(FailureLimit limit)
    {
        Check(limit);
        return Task.FromResult(Blocked(limit, timeProvider.GetUtcNow()));
    }

    public Task<TimeSpan?> RecordFailureAsync(FailureLimit limit)
    {
        Check(limit);
        var now = timeProvider.GetUtcNow();
        _failures.Enqueue(now);
        while (_failures.Count > limit.MaxFailures)
        {
            _failures.Dequeue();
        }

        this.DelayDeactivation(limit.Window);
        return Task.FromResult(Blocked(limit, now));
    }

    private TimeSpan? Blocked(FailureLimit limit, DateTimeOffset now)
    {
        while (_failures.TryPeek(out var oldest) && oldest + limit.Window <= now)
        {
            _failures.Dequeue();
        }

        if (_failures.Count < limit.MaxFailures)
        {
            return null;
        }

        // The address may try again once enough failures have aged out to bring it below the limit (a smaller
        // limit than at the last failure can leave more than MaxFailures times here).
        return _failures.ElementAt(_failures.Count - limit.MaxFailures) + limit.Window - now;
    }

    private static void Check(FailureLimit limit)
    {
        ArgumentNullException.ThrowIfNull(limit);
        ArgumentOutOfRangeException.ThrowIfLessThan(limit.MaxFailures, 1, nameof(limit));
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(limit.Window, TimeSpan.Zero, nameof(limit));
    }
}
