namespace CheckIn.WebFront.RateLimits;

/// <summary>A fixed-window limit: at most <see cref="PermitLimit"/> requests per <see cref="Window"/>.</summary>
public sealed class RateLimitRule
{
    /// <summary>Requests allowed per window.</summary>
    public int PermitLimit { get; set; }

    /// <summary>The window.</summary>
    public TimeSpan Window { get; set; }
}
