namespace CheckIn.Benchmarks.Burst;

/// <summary>The answer to one booking request: <see cref="BurstOutcomes.Confirmed"/> with the reservation id, or
/// a refusal code.</summary>
internal readonly record struct BookingAttempt(string Outcome, string? ReservationId);
