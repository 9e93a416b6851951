namespace CheckIn.Benchmarks.Burst;

/// <summary>A reservation the client was told is confirmed.</summary>
internal sealed record StampedeConfirmation(string ResidentId, string SlotId, string ReservationId);
