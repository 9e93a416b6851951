namespace CheckIn.Silo.Hosting;

/// <summary>Cluster membership (section <c>Cluster</c>). Without a connection string the silo runs alone on
/// loopback (Orleans' localhost clustering); with one, its membership lives in that PostgreSQL database through
/// Orleans' ADO.NET clustering, and silos with the same <see cref="ClusterId"/> form one cluster.</summary>
public sealed class ClusterSettings
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Cluster";

    /// <summary>The PostgreSQL database holding the membership table.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>The cluster's name: silos and clients with the same one find each other.</summary>
    public string ClusterId { get; set; } = "checkin";

    /// <summary>The service's name (stable across deployments; keys grain state and reminders in Orleans).</summary>
    public string ServiceId { get; set; } = "checkin";

    /// <summary>The address this silo listens on and advertises.</summary>
    public string Address { get; set; } = "127.0.0.1";

    /// <summary>The silo-to-silo port.</summary>
    public int Port { get; set; } = 11111;

    /// <summary>The port clients (web fronts) connect to; 0 means no gateway (a co-hosted silo needs none).</summary>
    public int GatewayPort { get; set; }

    /// <summary>How long a silo waits for a probe's answer. With <see cref="MissedProbesLimit"/> and
    /// <see cref="VotesToDeclareDead"/> it sets how fast a dead silo's grains move: Orleans' defaults take about
    /// 16 s after kill -9; these take a few seconds.</summary>
    public TimeSpan ProbeTimeout { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Missed probes in a row after which a silo votes a peer dead.</summary>
    public int MissedProbesLimit { get; set; } = 2;

    /// <summary>Votes that declare a silo dead (capped by Orleans at the number of other active silos). One vote
    /// lets any silo evict another alone, so the default is two.</summary>
    public int VotesToDeclareDead { get; set; } = 2;

    /// <summary>How often a silo writes its I-am-alive time into the table.</summary>
    public TimeSpan IAmAlivePeriod { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How often a silo reads the membership table.</summary>
    public TimeSpan TableRefreshPeriod { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>How long after a silo is declared dead its grains stay unregistrable elsewhere, so that a silo
    /// wrongly declared dead (slow, not gone) has read its own death from the table and stopped before a second
    /// activation of its grains can start. Keep it above <see cref="TableRefreshPeriod"/>; Orleans' directory
    /// waits about 22 s with its default lease, which would break the 10 s failover promise.</summary>
    public TimeSpan DeadSiloGrace { get; set; } = TimeSpan.FromSeconds(4);
}
