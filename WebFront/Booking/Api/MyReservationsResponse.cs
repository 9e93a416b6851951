namespace CheckIn.WebFront.Booking.Api;

/// <summary>A resident's reservations, active and cancelled, newest series first.</summary>
/// <param name="Reservations">The reservations.</param>
public sealed record MyReservationsResponse(IReadOnlyList<MyReservation> Reservations);
