namespace CheckIn.WebFront.CheckIn;

/// <summary>A check-in as the visitor sees it: never the address, only the venue, the time and the points.</summary>
public sealed record CheckInResponse(string CheckInId, string VenueName, DateTimeOffset At, int Points, int LotteryEntries, bool PointAwarded);
