using Microsoft.Extensions.Options;

namespace CheckIn.Grains.CheckIn.Mail;

/// <summary>Lets at most <see cref="SmtpOptions.MaxSendsPerSecond"/> sends start in any one second (per silo), in
/// arrival order. It remembers the start times of the last N sends; the next one starts no earlier than one second
/// after the N-th last. Time comes from the silo's <see cref="TimeProvider"/>, so tests drive it with a manual clock.</summary>
public sealed class MailRateLimiter
{
    private static readonly TimeSpan s_window = TimeSpan.FromSeconds(1);
    private readonly TimeProvider _time;
    private readonly Lock _lock = new();
    private readonly DateTimeOffset[] _starts;
    private int _next;

    /// <summary>Uses the limit of the SMTP options.</summary>
    public MailRateLimiter(IOptions<SmtpOptions> options, TimeProvider time)
        : this(options?.Value.MaxSendsPerSecond ?? throw new ArgumentNullException(nameof(options)), time)
    {
    }

    /// <summary>Allows <paramref name="perSecond"/> sends in any one second.</summary>
    public MailRateLimiter(int perSecond, TimeProvider time)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(perSecond, 1);
        ArgumentNullException.ThrowIfNull(time);
        _time = time;
        _starts = new DateTimeOffset[perSecond];
        Array.Fill(_starts, DateTimeOffset.MinValue);
    }

    /// <summary>Completes when the caller may send. Canceling gives up the reserved slot's wait (the slot stays used).</summary>
    public Task AcquireAsync(CancellationToken cancellationToken = default)
    {
        TimeSpan wait;
        lock (_lock)
        {
            var now = _time.GetUtcNow();
            var oldest = _starts[_next];
            var start = oldest == DateTimeOffset.MinValue || oldest + s_window <= now ? now : oldest + s_window;
            _starts[_next] = start;
            _next = (_next + 1) % _starts.Length;
            wait = start - now;
        }

        return wait <= TimeSpan.Zero ? Task.CompletedTask : Task.Delay(wait, _time, cancellationToken);
    }
}
