namespace CheckIn.Grains.Interfaces.Tenants;

/// <summary>Per-account sign-in lockout, enforced by the staff account grain (so it holds across every web
/// front of a cluster). Bound from <c>Auth:Lockout</c>.</summary>
public sealed class StaffLockoutOptions
{
    /// <summary>The configuration section these options are bound from.</summary>
    public const string SectionName = "Auth:Lockout";

    /// <summary>Failed attempts within <see cref="Window"/> after which the account refuses attempts.</summary>
    public int MaxFailures { get; set; } = 5;

    /// <summary>How long a failure counts.</summary>
    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(15);
}
