namespace CheckIn.WebFront.Hosting;

/// <summary>Web front settings, bound from the <c>WebFront</c> section and validated at start.</summary>
public sealed class WebFrontOptions
{
    /// <summary>The configuration section these options are bound from.</summary>
    public const string SectionName = "WebFront";

    /// <summary>The largest request body accepted, unless an endpoint declares its own limit
    /// (<c>.WithMetadata(new RequestSizeLimitAttribute(bytes))</c>).</summary>
    public long MaxRequestBodyBytes { get; set; } = 64 * 1024;

    /// <summary>The Retry-After given with 503 when a grain is overloaded or a call timed out.</summary>
    public int RetryAfterSeconds { get; set; } = 1;

    /// <summary>How often the dashboard page refreshes its live section.</summary>
    public TimeSpan DashboardRefresh { get; set; } = TimeSpan.FromSeconds(2);
}
