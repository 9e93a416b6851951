using CheckIn.Grains.Interfaces.Booking;

namespace CheckIn.Grains.Booking;

/// <summary>The stored state of a slot: its definition and its reservation records (holds are memory only).</summary>
public sealed class SlotState
{
    public SlotInfo? Slot { get; set; }

    public List<SlotRecord> Reservations { get; set; } = [];
}
