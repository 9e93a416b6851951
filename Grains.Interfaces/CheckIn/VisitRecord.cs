namespace CheckIn.Grains.Interfaces.CheckIn;

/// <summary>A check-in as the venue's day bucket stores it.</summary>
/// <param name="CheckInId">The check-in's id, as the visitor grain assigned it.</param>
/// <param name="Visitor">The visitor's pseudonym.</param>
/// <param name="At">The server time of the check-in.</param>
[GenerateSerializer, Immutable, Alias("checkin.VisitRecord")]
public sealed record VisitRecord(string CheckInId, string Visitor, DateTimeOffset At);
