namespace CheckIn.Grains.Booking;

/// <summary>Settings of the booking grains, bound from the configuration section <c>Booking</c> and
/// validated at start.</summary>
public sealed class BookingOptions
{
    /// <summary>The configuration section these options are bound from.</summary>
    public const string SectionName = "Booking";

    /// <summary>The campaigns' local time offset when a campaign names none (Japan: +09:00, no DST).</summary>
    public TimeSpan DefaultUtcOffset { get; set; } = TimeSpan.FromHours(9);

    /// <summary>How long a seat held by a booking in progress stays held if it is not confirmed.</summary>
    public TimeSpan HoldTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long a slot waits for the resident to settle a record before asking it.</summary>
    public TimeSpan SettleAfter { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How often a slot with unsettled records reconciles them (a durable reminder).</summary>
    public TimeSpan ReconcilePeriod { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How long a slot gathers changes before it reports its free seats to the availability board.</summary>
    public TimeSpan AvailabilityPublishDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How long an availability cache serves its copy before it asks the board again.</summary>
    public TimeSpan AvailabilityCacheTtl { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>How long a slot trusts an unpublished campaign's gate before asking again (a published
    /// gate never changes).</summary>
    public TimeSpan GateRefresh { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Time after a slot's start from which its unattended reservations count as no-shows.</summary>
    public TimeSpan AttendanceWindow { get; set; } = TimeSpan.FromHours(2);

    /// <summary>Sanity check: the most seats one slot may have (API limit 10,000; a typo is far likelier).</summary>
    public int MaxSlotCapacity { get; set; } = 1_000;

    /// <summary>Sanity check: the most seats a campaign may have in all.</summary>
    public long MaxTotalCapacity { get; set; } = 500_000;

    /// <summary>Failed sign-ins of one voucher within <see cref="LockoutDuration"/> that lock it.</summary>
    public int MaxFailedSignIns { get; set; } = 5;

    /// <summary>How long a voucher stays locked, and the window in which failures are counted.</summary>
    public TimeSpan LockoutDuration { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Waiting room: positions admitted per second from the opening time on.</summary>
    public double WaitingRoomAdmissionsPerSecond { get; set; } = 50;

    /// <summary>Waiting room: positions admitted at once at the opening and after a quiet spell.</summary>
    public int WaitingRoomBurst { get; set; } = 100;

    /// <summary>Voucher import: register entries written at the same time.</summary>
    public int ImportParallelism { get; set; } = 32;
}
