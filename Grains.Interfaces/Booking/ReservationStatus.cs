namespace CheckIn.Grains.Interfaces.Booking;

/// <summary>Whether a reservation holds its seat.</summary>
[GenerateSerializer, Alias("checkin.ReservationStatus")]
public enum ReservationStatus
{
    /// <summary>Booked: holds a seat (also once attended).</summary>
    Active,

    /// <summary>Cancelled: the seat is free again.</summary>
    Cancelled,
}
