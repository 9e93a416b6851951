namespace CheckIn.WebFront.RateLimits;

/// <summary>Named rate limiter policies (<c>.RequireRateLimiting(RateLimitPolicies.PerClientAddress)</c>).
/// Rejections are 429 problems with <c>code</c> <c>rate_limited</c> and Retry-After.</summary>
public static class RateLimitPolicies
{
    /// <summary>Per client address (public endpoints: check-ins, availability, sessions). Off when
    /// <c>RateLimiting:Enabled</c> is false.</summary>
    public const string PerClientAddress = "per-client-address";

    /// <summary>Per signed-in account, per client address for anonymous callers (staff endpoints).</summary>
    public const string PerAccount = "per-account";

    /// <summary>Sign-in requests per client address (failed sign-ins are limited separately, always).</summary>
    public const string SignIn = "sign-in";
}
