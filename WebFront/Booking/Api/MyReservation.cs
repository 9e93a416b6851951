using CheckIn.Grains.Interfaces.Booking;

namespace CheckIn.WebFront.Booking.Api;

/// <summary>One of a resident's reservations.</summary>
/// <param name="ReservationId">Its id.</param>
/// <param name="SeriesId">Its dose series.</param>
/// <param name="SlotId">Its slot.</param>
/// <param name="SiteId">The slot's site.</param>
/// <param name="Start">Its start.</param>
/// <param name="Dose">1 or 2.</param>
/// <param name="AttendanceCode">The one-time code to show at the site.</param>
/// <param name="Status"><c>active</c> or <c>cancelled</c>.</param>
/// <param name="LinkedReservationId">The other dose of the series, if any.</param>
public sealed record MyReservation(string ReservationId, string SeriesId, string SlotId, string SiteId, DateTimeOffset Start, int Dose, string AttendanceCode, string Status, string? LinkedReservationId)
{
    /// <summary>The entry for one of the resident grain's reservations.</summary>
    public static MyReservation From(ResidentReservation reservation)
    {
        ArgumentNullException.ThrowIfNull(reservation);
        var r = reservation.Reservation;
        return new MyReservation(r.ReservationId, reservation.SeriesId, r.SlotId, r.SiteId, r.Start, r.Dose, r.AttendanceCode,
            reservation.Status == ReservationStatus.Active ? "active" : "cancelled", reservation.LinkedReservationId);
    }
}
