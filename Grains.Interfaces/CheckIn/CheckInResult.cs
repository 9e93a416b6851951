namespace CheckIn.Grains.Interfaces.CheckIn;

/// <summary>The answer to a check-in.</summary>
/// <param name="CheckInId">The check-in's id.</param>
/// <param name="VenueId">The venue's id.</param>
/// <param name="VenueName">The venue's name, to show to the visitor.</param>
/// <param name="At">The server time of the check-in (of the first one, when <paramref name="IsNew"/> is false).</param>
/// <param name="Points">The visitor's points after this check-in.</param>
/// <param name="LotteryEntries">The visitor's lottery entries (one per ten points by default).</param>
/// <param name="PointAwarded">True when this check-in earned a point (the first at this venue on this local day).</param>
/// <param name="IsNew">False when the same visitor checked in at the same venue within the duplicate window
/// (10 minutes): the first check-in is returned and nothing is recorded (HTTP 200 instead of 201).</param>
[GenerateSerializer, Immutable, Alias("checkin.CheckInResult")]
public sealed record CheckInResult(
    string CheckInId,
    string VenueId,
    string VenueName,
    DateTimeOffset At,
    int Points,
    int LotteryEntries,
    bool PointAwarded,
    bool IsNew);
