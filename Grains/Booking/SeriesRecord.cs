using CheckIn.Grains.Interfaces.Booking;

namespace CheckIn.Grains.Booking;

/// <summary>A dose series as its resident stores it: the booking answer and whether it is still active.</summary>
[GenerateSerializer, Alias("checkin.state.SeriesRecord")]
public sealed class SeriesRecord
{
    [Id(0)]
    public string SeriesId { get; set; } = "";

    [Id(1)]
    public ReservationStatus Status { get; set; }

    /// <summary>The slot the booking request named, to tell a repeated Idempotency-Key from a reused one.</summary>
    [Id(2)]
    public string RequestedSlotId { get; set; } = "";

    [Id(3)]
    public string? IdempotencyKey { get; set; }

    [Id(4)]
    public DateTimeOffset BookedAt { get; set; }

    [Id(5)]
    public DateTimeOffset? CancelledAt { get; set; }

    [Id(6)]
    public ReservationInfo FirstDose { get; set; } = null!;

    [Id(7)]
    public ReservationInfo? SecondDose { get; set; }
}
