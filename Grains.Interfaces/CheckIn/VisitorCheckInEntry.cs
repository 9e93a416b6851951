namespace CheckIn.Grains.Interfaces.CheckIn;

/// <summary>One of a visitor's check-ins.</summary>
/// <param name="CheckInId">The check-in's id.</param>
/// <param name="VenueId">The venue's id.</param>
/// <param name="VenueName">The venue's name at the time.</param>
/// <param name="At">The server time.</param>
/// <param name="PointAwarded">True when it earned a point.</param>
[GenerateSerializer, Immutable, Alias("checkin.VisitorCheckInEntry")]
public sealed record VisitorCheckInEntry(string CheckInId, string VenueId, string VenueName, DateTimeOffset At, bool PointAwarded);
