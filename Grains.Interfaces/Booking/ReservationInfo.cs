namespace CheckIn.Grains.Interfaces.Booking;

/// <summary>One confirmed reservation.</summary>
/// <param name="ReservationId">Its id.</param>
/// <param name="SlotId">Its slot.</param>
/// <param name="SiteId">The slot's site.</param>
/// <param name="Start">The slot's start.</param>
/// <param name="Dose">1 or 2.</param>
/// <param name="AttendanceCode">The one-time code to show at the site.</param>
[GenerateSerializer, Immutable, Alias("checkin.ReservationInfo")]
public sealed record ReservationInfo(string ReservationId, string SlotId, string SiteId, DateTimeOffset Start, int Dose, string AttendanceCode);
