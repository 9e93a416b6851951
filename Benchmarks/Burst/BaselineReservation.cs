namespace CheckIn.Benchmarks.Burst;

/// <summary>A baseline reservation's answer.</summary>
internal sealed record BaselineReservation(string ReservationId);
