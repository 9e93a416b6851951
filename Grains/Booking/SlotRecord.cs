using CheckIn.Grains.Interfaces.Booking;

namespace CheckIn.Grains.Booking;

/// <summary>A reservation as its slot stores it: random ids, the dose, the attendance code and whether
/// the resident's side has settled it.</summary>
public sealed class SlotRecord
{
    public string ReservationId { get; set; } = "";

    public string SeriesId { get; set; } = "";

    public string ResidentId { get; set; } = "";

    public int Dose { get; set; }

    public string AttendanceCode { get; set; } = "";

    public ReservationStatus Status { get; set; }

    /// <summary>False from every change the resident caused until the resident has stored the same
    /// outcome (it says so with Settle, or a reconciliation asks it).</summary>
    public bool Settled { get; set; }

    public DateTimeOffset ChangedAt { get; set; }

    public DateTimeOffset? AttendedAt { get; set; }
}
