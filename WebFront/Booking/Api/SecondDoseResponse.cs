namespace CheckIn.WebFront.Booking.Api;

/// <summary>The dose-2 reservation booked with dose 1.</summary>
/// <param name="ReservationId">Its id.</param>
/// <param name="SlotId">Its slot.</param>
/// <param name="SiteId">The slot's site (the dose-1 site).</param>
/// <param name="Start">Its start.</param>
/// <param name="AttendanceCode">The one-time code to show at the site.</param>
public sealed record SecondDoseResponse(string ReservationId, string SlotId, string SiteId, DateTimeOffset Start, string AttendanceCode);
