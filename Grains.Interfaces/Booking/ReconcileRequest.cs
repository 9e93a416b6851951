namespace CheckIn.Grains.Interfaces.Booking;

/// <summary>A slot asking a resident which state of a reservation is the true one.</summary>
/// <param name="SeriesId">The dose series the slot's record belongs to.</param>
/// <param name="ReservationId">The slot's record.</param>
/// <param name="SlotStatus">What the slot's record says.</param>
[GenerateSerializer, Immutable, Alias("checkin.ReconcileRequest")]
public sealed record ReconcileRequest(string SeriesId, string ReservationId, ReservationStatus SlotStatus);
