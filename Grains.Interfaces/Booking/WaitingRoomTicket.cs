namespace CheckIn.Grains.Interfaces.Booking;

/// <summary>A place in a campaign's waiting room. The web front signs the position into the resident's
/// admission token, so nobody can pick a better one.</summary>
/// <param name="Position">The arrival position, from 1.</param>
/// <param name="Admitted">True when this position may go on to book.</param>
/// <param name="AdmittedThrough">The highest position admitted so far.</param>
/// <param name="EstimatedWait">How long until admission at the configured rate; zero once admitted.</param>
/// <param name="AsOf">When this was computed.</param>
[GenerateSerializer, Immutable, Alias("checkin.WaitingRoomTicket")]
public sealed record WaitingRoomTicket(long Position, bool Admitted, long AdmittedThrough, TimeSpan EstimatedWait, DateTimeOffset AsOf);
