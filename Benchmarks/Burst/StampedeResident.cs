namespace CheckIn.Benchmarks.Burst;

/// <summary>A resident ready to book: the random resident id and, over HTTP, the session token.</summary>
internal sealed record StampedeResident(string ResidentId, string? Token);
