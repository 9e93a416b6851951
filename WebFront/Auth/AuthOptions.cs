namespace CheckIn.WebFront.Auth;

/// <summary>Staff authentication settings, bound from the <c>Auth</c> section and validated at start.</summary>
public sealed class AuthOptions
{
    /// <summary>The configuration section these options are bound from.</summary>
    public const string SectionName = "Auth";

    /// <summary>The token signing key, base64, at least 32 bytes. When absent, a random key is created once
    /// and kept in grain storage, so tokens survive restarts and every silo shares it.</summary>
    public string? SigningKey { get; set; }

    /// <summary>How long a token is valid.</summary>
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromHours(8);

    /// <summary>Failed sign-ins per client address within <see cref="FailureWindow"/> after which the address
    /// is refused (the per-account lockout is separate: <c>Auth:Lockout</c>). Always on.</summary>
    public int MaxFailuresPerAddress { get; set; } = 20;

    /// <summary>How long a failed sign-in counts against its client address.</summary>
    public TimeSpan FailureWindow { get; set; } = TimeSpan.FromMinutes(15);
}
