using CheckIn.Grains.Interfaces.Booking;

namespace CheckIn.Grains.Booking;

/// <summary>The stored state of a slot: its definition and its reservation records (holds are memory only).</summary>
[GenerateSerializer, Alias("checkin.state.SlotState")]
public sealed class SlotState
{
    [Id(0)]
    public SlotInfo? Slot { get; set; }

    [Id(1)]
    public List<SlotRecord> Reservations { get; set; } = [];
}
