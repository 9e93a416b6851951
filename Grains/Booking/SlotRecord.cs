using CheckIn.Grains.Interfaces.Booking;

namespace CheckIn.Grains.Booking;

/// <summary>A reservation as its slot stores it: random ids, the dose, the attendance code and whether
/// the resident's side has settled it.</summary>
[GenerateSerializer, Alias("checkin.state.SlotRecord")]
public sealed class SlotRecord
{
    [Id(0)]
    public string ReservationId { get; set; } = "";

    [Id(1)]
    public string SeriesId { get; set; } = "";

    [Id(2)]
    public string ResidentId { get; set; } = "";

    [Id(3)]
    public int Dose { get; set; }

    [Id(4)]
    public string AttendanceCode { get; set; } = "";

    [Id(5)]
    public ReservationStatus Status { get; set; }

    /// <summary>False from every change the resident caused until the resident has stored the same
    /// outcome (it says so with Settle, or a reconciliation asks it).</summary>
    [Id(6)]
    public bool Settled { get; set; }

    [Id(7)]
    public DateTimeOffset ChangedAt { get; set; }

    [Id(8)]
    public DateTimeOffset? AttendedAt { get; set; }
}
