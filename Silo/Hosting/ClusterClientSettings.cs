namespace CheckIn.Silo.Hosting;

/// <summary>A web front that hosts no silo but calls a cluster's silos (section <c>ClusterClient</c>): it reads
/// the gateways of <see cref="ClusterId"/> from the membership table in <see cref="ConnectionString"/>.</summary>
public sealed class ClusterClientSettings
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "ClusterClient";

    /// <summary>The PostgreSQL database holding the cluster's membership table; set, it makes the web front a client.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>The cluster to join.</summary>
    public string ClusterId { get; set; } = "checkin";

    /// <summary>The cluster's service name.</summary>
    public string ServiceId { get; set; } = "checkin";

    /// <summary>How long a grain call may take.</summary>
    public TimeSpan CallTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How often the client re-reads the gateway list (a dead silo's gateway drops out this fast).</summary>
    public TimeSpan GatewayRefreshPeriod { get; set; } = TimeSpan.FromSeconds(5);
}
