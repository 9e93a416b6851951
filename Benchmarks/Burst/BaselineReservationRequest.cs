namespace CheckIn.Benchmarks.Burst;

/// <summary>A baseline booking request: the resident's id stands in for its session.</summary>
internal sealed record BaselineReservationRequest(string ResidentId, string SlotId);
