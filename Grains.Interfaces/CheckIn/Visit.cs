namespace CheckIn.Grains.Interfaces.CheckIn;

/// <summary>One check-in at a venue as staff may see it: the time and the visitor's pseudonym, never an address.</summary>
/// <param name="At">The server time of the check-in.</param>
/// <param name="Visitor">The visitor's pseudonym (a keyed hash of the e-mail address, 64 hex characters).</param>
[GenerateSerializer, Immutable, Alias("checkin.Visit")]
public sealed record Visit(DateTimeOffset At, string Visitor);
