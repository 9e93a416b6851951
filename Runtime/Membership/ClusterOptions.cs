namespace CheckIn.Runtime.Membership;

/// <summary>Cluster membership and transport settings, bound from the <c>Cluster</c> section and validated
/// at start. The defaults detect a killed silo in about three seconds and keep a slow but live silo (a loaded
/// two-core machine) from being voted out: a probe must fail three times in a row at two voters.</summary>
public sealed class ClusterOptions
{
    /// <summary>The configuration section these options are bound from.</summary>
    public const string SectionName = "Cluster";

    /// <summary>The PostgreSQL database that holds the membership table.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>Silos with the same id form one cluster; several clusters can share a database.</summary>
    public string ClusterId { get; set; } = "default";

    /// <summary>The IP address to listen on and to publish.</summary>
    public string Address { get; set; } = "127.0.0.1";

    /// <summary>The TCP port for silo-to-silo and client traffic; 0 picks a free one.</summary>
    public int Port { get; set; }

    /// <summary>How often each silo probes every other active silo directly.</summary>
    public TimeSpan ProbePeriod { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How long a probe may take before it counts as missed.</summary>
    public TimeSpan ProbeTimeout { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Consecutive missed probes after which a silo votes the peer dead.</summary>
    public int MissedProbesLimit { get; set; } = 3;

    /// <summary>Votes needed to declare a silo dead (fewer when fewer other silos are active).</summary>
    public int VotesToDeclareDead { get; set; } = 2;

    /// <summary>How long a vote counts.</summary>
    public TimeSpan VoteExpiry { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How often a silo writes its heartbeat and reads the table.</summary>
    public TimeSpan RefreshPeriod { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>A silo activates grains only within this long of its last heartbeat; a silent peer's grains are
    /// taken over only once this long has passed since its last heartbeat. Must exceed the refresh period
    /// with room for a slow database.</summary>
    public TimeSpan HeartbeatLease { get; set; } = TimeSpan.FromSeconds(4);

    /// <summary>The longest a silo waits for its lost grains to deactivate before it lets the new owners go ahead.</summary>
    public TimeSpan HandoffTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How long a sender waits for a connection to a silo before the call fails.</summary>
    public TimeSpan ConnectTimeout { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>How often reminders are reloaded from the table (they are also reloaded on every membership change).</summary>
    public TimeSpan ReminderRefreshPeriod { get; set; } = TimeSpan.FromSeconds(30);
}
