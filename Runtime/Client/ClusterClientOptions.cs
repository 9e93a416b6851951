namespace CheckIn.Runtime.Client;

/// <summary>Settings of a process that calls grains of a cluster without hosting a silo, bound from the
/// <c>ClusterClient</c> section (<c>ClusterClient__ConnectionString</c>, <c>ClusterClient__ClusterId</c>).</summary>
public sealed class ClusterClientOptions
{
    /// <summary>The configuration section these options are bound from.</summary>
    public const string SectionName = "ClusterClient";

    /// <summary>The PostgreSQL database with the cluster's membership table: the gateway list.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>The cluster to call.</summary>
    public string ClusterId { get; set; } = "default";

    /// <summary>How long a caller waits for a grain call before it fails with <see cref="GrainCallTimeoutException"/>.</summary>
    public TimeSpan CallTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How often the client reads the membership table.</summary>
    public TimeSpan RefreshPeriod { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How long the client's start waits for a first active silo (silos and clients may start together).</summary>
    public TimeSpan StartTimeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>How long a call waits for a connection to its silo before it fails.</summary>
    public TimeSpan ConnectTimeout { get; set; } = TimeSpan.FromSeconds(2);
}
