namespace CheckIn.Grains.Interfaces.Booking;

/// <summary>An attendance recorded with a reservation's one-time code.</summary>
/// <param name="ReservationId">The reservation.</param>
/// <param name="SlotId">Its slot.</param>
/// <param name="Dose">1 or 2.</param>
/// <param name="AttendedAt">When it was recorded.</param>
[GenerateSerializer, Immutable, Alias("checkin.AttendanceRecord")]
public sealed record AttendanceRecord(string ReservationId, string SlotId, int Dose, DateTimeOffset AttendedAt);
