using CheckIn.Grains.Interfaces.Booking;

namespace CheckIn.WebFront.Booking.Api;

/// <summary>A confirmed booking: dose 1 and its dose 2 (null in a single-dose campaign). Both are durable.</summary>
/// <param name="ReservationId">The dose-1 reservation.</param>
/// <param name="SlotId">Its slot.</param>
/// <param name="SiteId">The slot's site.</param>
/// <param name="Start">Its start.</param>
/// <param name="Dose">Always 1.</param>
/// <param name="AttendanceCode">The one-time code to show at the site.</param>
/// <param name="SecondDose">The dose-2 reservation, or null.</param>
public sealed record ReservationResponse(string ReservationId, string SlotId, string SiteId, DateTimeOffset Start, int Dose, string AttendanceCode, SecondDoseResponse? SecondDose)
{
    /// <summary>The response for a booking the resident grain confirmed.</summary>
    public static ReservationResponse From(BookingResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var first = result.FirstDose;
        var second = result.SecondDose is { } dose2
            ? new SecondDoseResponse(dose2.ReservationId, dose2.SlotId, dose2.SiteId, dose2.Start, dose2.AttendanceCode)
            : null;
        return new ReservationResponse(first.ReservationId, first.SlotId, first.SiteId, first.Start, first.Dose, first.AttendanceCode, second);
    }
}
