namespace CheckIn.WebFront.CheckIn;

/// <summary>One check-in at a venue: when, and the visitor's pseudonym (never the address).</summary>
public sealed record VisitResponse(DateTimeOffset At, string Visitor);
