using CheckIn.Grains.Interfaces.Booking;

namespace CheckIn.Grains.Booking;

/// <summary>A dose series as its resident stores it: the booking answer and whether it is still active.</summary>
public sealed class SeriesRecord
{
    public string SeriesId { get; set; } = "";

    public ReservationStatus Status { get; set; }

    /// <summary>The slot the booking request named, to tell a repeated Idempotency-Key from a reused one.</summary>
    public string RequestedSlotId { get; set; } = "";

    public string? IdempotencyKey { get; set; }

    public DateTimeOffset BookedAt { get; set; }

    public DateTimeOffset? CancelledAt { get; set; }

    public ReservationInfo FirstDose { get; set; } = null!;

    public ReservationInfo? SecondDose { get; set; }
}
