namespace CheckIn.WebFront.Booking.WaitingRoom;

/// <summary>The opening-time waiting room, bound from the <c>WaitingRoom</c> section (API.md, Configuration:
/// <c>WaitingRoom__Enabled=false</c> turns it off). The rate and burst of admission are the grain's settings,
/// <c>Booking:WaitingRoomAdmissionsPerSecond</c> and <c>Booking:WaitingRoomBurst</c>.</summary>
public sealed class WaitingRoomOptions
{
    /// <summary>The configuration section these options are bound from.</summary>
    public const string SectionName = "WaitingRoom";

    /// <summary>False turns the waiting room off: nobody needs an admission.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How long before a campaign's opening time the waiting room starts handing out places.</summary>
    public TimeSpan OpensBefore { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How long after the opening time booking still goes through the waiting room (the opening
    /// minutes; with little demand it admits newcomers at once).</summary>
    public TimeSpan Duration { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How long an admission token lets its holder sign in and book.</summary>
    public TimeSpan AdmissionLifetime { get; set; } = TimeSpan.FromMinutes(20);

    /// <summary>How long a place in the queue (a ticket) stays valid.</summary>
    public TimeSpan TicketLifetime { get; set; } = TimeSpan.FromHours(4);

    /// <summary>The shortest interval at which the queue page refreshes itself.</summary>
    public TimeSpan MinRefresh { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>The longest interval at which the queue page refreshes itself.</summary>
    public TimeSpan MaxRefresh { get; set; } = TimeSpan.FromSeconds(20);
}
