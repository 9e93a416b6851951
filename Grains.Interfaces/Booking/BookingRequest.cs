namespace CheckIn.Grains.Interfaces.Booking;

/// <summary>A resident's request to book a slot.</summary>
/// <param name="SlotId">The slot for dose 1; dose 2 is found by the engine.</param>
/// <param name="Dose">Must be 1: dose 2 is never booked alone.</param>
/// <param name="IdempotencyKey">The client's Idempotency-Key: the same key again returns the first answer.</param>
[GenerateSerializer, Immutable, Alias("checkin.BookingRequest")]
public sealed record BookingRequest(string SlotId, int Dose = 1, string? IdempotencyKey = null);
