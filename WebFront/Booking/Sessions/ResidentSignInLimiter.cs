using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace CheckIn.WebFront.Booking.Sessions;

/// <summary>Counts failed resident sign-ins per client address in a sliding window: every failure takes a
/// permit, and an address without permits left is refused before any voucher is asked. This is on whatever
/// <c>RateLimiting:Enabled</c> says; the voucher's own lockout (after repeated failures of one number) is the
/// voucher grain's.</summary>
public sealed class ResidentSignInLimiter : IDisposable
{
    private const int Segments = 5;
    private readonly PartitionedRateLimiter<string> _failures;
    private readonly TimeSpan _segment;

    public ResidentSignInLimiter(IOptions<BookingWebOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var settings = options.Value;
        _segment = settings.SignInFailureWindow / Segments;
        _failures = PartitionedRateLimiter.Create<string, string>(address => RateLimitPartition.GetSlidingWindowLimiter(address, _ => new SlidingWindowRateLimiterOptions
        {
            PermitLimit = settings.MaxSignInFailuresPerAddress,
            Window = settings.SignInFailureWindow,
            SegmentsPerWindow = Segments,
            QueueLimit = 0,
            AutoReplenishment = true,
        }));
    }

    /// <summary>Null when the address may try; otherwise how long it should wait.</summary>
    public TimeSpan? Blocked(string address)
    {
        using var lease = _failures.AttemptAcquire(address, 0);
        if (lease.IsAcquired)
        {
            return null;
        }

        return lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : _segment;
    }

    /// <summary>Counts a failed sign-in against the address.</summary>
    public void RecordFailure(string address)
    {
        using var lease = _failures.AttemptAcquire(address);
    }

    public void Dispose() => _failures.Dispose();
}
