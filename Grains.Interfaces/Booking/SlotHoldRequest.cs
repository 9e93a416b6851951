namespace CheckIn.Grains.Interfaces.Booking;

/// <summary>A resident's request to hold a seat in a slot for a reservation.</summary>
/// <param name="ReservationId">The reservation the seat is for (random).</param>
/// <param name="SeriesId">The dose series the reservation belongs to.</param>
/// <param name="ResidentId">The resident (random id: no personal data).</param>
/// <param name="Dose">1 or 2.</param>
[GenerateSerializer, Immutable, Alias("checkin.SlotHoldRequest")]
public sealed record SlotHoldRequest(string ReservationId, string SeriesId, string ResidentId, int Dose);
