namespace CheckIn.Grains.Interfaces.Booking;

/// <summary>A reservation as its slot stores it: random ids only.</summary>
/// <param name="ReservationId">The reservation.</param>
/// <param name="SeriesId">Its dose series.</param>
/// <param name="ResidentId">The resident's random id.</param>
/// <param name="Dose">1 or 2.</param>
/// <param name="Status">Active or cancelled.</param>
/// <param name="AttendedAt">When attendance was recorded, if it was.</param>
/// <param name="Settled">True once the resident's side agrees with the slot's; unsettled records are
/// reconciled with the resident by the slot's reminder.</param>
[GenerateSerializer, Immutable, Alias("checkin.SlotReservationView")]
public sealed record SlotReservationView(string ReservationId, string SeriesId, string ResidentId, int Dose, ReservationStatus Status, DateTimeOffset? AttendedAt, bool Settled);
