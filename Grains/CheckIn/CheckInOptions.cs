namespace CheckIn.Grains.CheckIn;

/// <summary>Check-in domain settings, bound from the configuration section <c>CheckIn</c> and validated at start.</summary>
public sealed class CheckInOptions
{
    /// <summary>The configuration section these options are bound from.</summary>
    public const string SectionName = "CheckIn";

    /// <summary>The time zone that local days and hours are counted in (visits by day, points per day): an IANA id.</summary>
    public string TimeZone { get; set; } = "Asia/Tokyo";

    /// <summary>How long check-ins, visitor records and contact data are kept after the last check-in.</summary>
    public TimeSpan Retention { get; set; } = TimeSpan.FromDays(60);

    /// <summary>The same visitor at the same venue within this time is one check-in.</summary>
    public TimeSpan DuplicateWindow { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>How long after an exposure window's end a check-in still counts as exposed.</summary>
    public TimeSpan ExposureGrace { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>The longest exposure window a health officer may report.</summary>
    public TimeSpan MaxExposureWindow { get; set; } = TimeSpan.FromDays(14);

    /// <summary>Points per lottery entry.</summary>
    public int PointsPerLotteryEntry { get; set; } = 10;

    /// <summary>The domain of the empty-mail check-in addresses <c>c-{code}@{MailDomain}</c>.</summary>
    public string MailDomain { get; set; } = "checkin.localhost";

    /// <summary>The most visits one visit segment holds before the day bucket opens the next one. A segment is
    /// rewritten whole at each (coalesced) write, so this bounds the bytes a busy venue writes per check-in; measured
    /// in the check-in storm on PostgreSQL (Benchmarks/RESULTS.md): 1,000 gave 829 check-ins/s, 100 gave 1,112.</summary>
    public int VisitSegmentCapacity { get; set; } = 100;

    /// <summary>The number of recipients per mail outbox an exposure aims for (the fan-out writes that many per record).</summary>
    public int OutboxChunkSize { get; set; } = 1000;

    /// <summary>How often an exposure's reminder checks that its outboxes are sending, until all warnings are out.</summary>
    public TimeSpan ExposureWakeInterval { get; set; } = TimeSpan.FromMinutes(1);
}
