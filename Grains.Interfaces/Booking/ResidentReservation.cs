namespace CheckIn.Grains.Interfaces.Booking;

/// <summary>One of a resident's reservations, as the resident sees it.</summary>
/// <param name="Reservation">The reservation.</param>
/// <param name="SeriesId">Its dose series.</param>
/// <param name="Status">Active or cancelled.</param>
/// <param name="LinkedReservationId">The other dose of the series, if any.</param>
[GenerateSerializer, Immutable, Alias("checkin.ResidentReservation")]
public sealed record ResidentReservation(ReservationInfo Reservation, string SeriesId, ReservationStatus Status, string? LinkedReservationId);
