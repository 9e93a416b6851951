namespace CheckIn.WebFront.RateLimits;

/// <summary>Request limits, bound from the <c>RateLimiting</c> section (e.g. <c>RateLimiting__Enabled=false</c>
/// for load tests from one address) and validated at start.</summary>
public sealed class RateLimitingOptions
{
    /// <summary>The configuration section these options are bound from.</summary>
    public const string SectionName = "RateLimiting";

    /// <summary>False turns off the per-address limits (<see cref="RateLimitPolicies.PerClientAddress"/>,
    /// <see cref="RateLimitPolicies.SignIn"/>); per-account limits and sign-in lockouts stay on.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>The limit of <see cref="RateLimitPolicies.PerClientAddress"/>.</summary>
    public RateLimitRule PerAddress { get; set; } = new() { PermitLimit = 100, Window = TimeSpan.FromSeconds(10) };

    /// <summary>The limit of <see cref="RateLimitPolicies.PerAccount"/>.</summary>
    public RateLimitRule PerAccount { get; set; } = new() { PermitLimit = 300, Window = TimeSpan.FromMinutes(1) };

    /// <summary>The limit of <see cref="RateLimitPolicies.SignIn"/>.</summary>
    public RateLimitRule SignIn { get; set; } = new() { PermitLimit = 10, Window = TimeSpan.FromMinutes(1) };
}
