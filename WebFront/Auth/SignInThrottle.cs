using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace CheckIn.WebFront.Auth;

/// <summary>Counts failed sign-ins per client address with a sliding-window rate limiter: each failure takes
/// a permit, and an address without permits left is refused before its password is checked. Always on
/// (RateLimiting:Enabled does not turn it off).</summary>
internal sealed class SignInThrottle : IDisposable
{
    private const int Segments = 5;
    private readonly PartitionedRateLimiter<string> _failures;
    private readonly TimeSpan _segment;

    public SignInThrottle(IOptions<AuthOptions> options)
    {
        var auth = options.Value;
        _segment = auth.FailureWindow / Segments;
        _failures = PartitionedRateLimiter.Create<string, string>(address => RateLimitPartition.GetSlidingWindowLimiter(address, _ => new SlidingWindowRateLimiterOptions
        {
            PermitLimit = auth.MaxFailuresPerAddress,
            Window = auth.FailureWindow,
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

    public void RecordFailure(string address)
    {
        using var lease = _failures.AttemptAcquire(address);
    }

    public void Dispose() => _failures.Dispose();
}
