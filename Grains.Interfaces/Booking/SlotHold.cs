namespace CheckIn.Grains.Interfaces.Booking;

/// <summary>A seat held for a reservation: it counts against the capacity, but lives only in memory
/// and expires unless confirmed.</summary>
/// <param name="Slot">The slot.</param>
/// <param name="AttendanceCode">The one-time code the resident shows at the site.</param>
/// <param name="Gate">The campaign's gate as the slot checked it (the dose interval and offset for dose 2).</param>
[GenerateSerializer, Immutable, Alias("checkin.SlotHold")]
public sealed record SlotHold(SlotInfo Slot, string AttendanceCode, CampaignGate Gate);
