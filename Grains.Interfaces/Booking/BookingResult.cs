namespace CheckIn.Grains.Interfaces.Booking;

/// <summary>A confirmed booking: dose 1 and, unless the campaign is single-dose, its dose 2. Both are
/// durable when the booking call returns.</summary>
/// <param name="SeriesId">The dose series.</param>
/// <param name="FirstDose">The dose-1 reservation.</param>
/// <param name="SecondDose">The dose-2 reservation, or null in a single-dose campaign.</param>
[GenerateSerializer, Immutable, Alias("checkin.BookingResult")]
public sealed record BookingResult(string SeriesId, ReservationInfo FirstDose, ReservationInfo? SecondDose);
