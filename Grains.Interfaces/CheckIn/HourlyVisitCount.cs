namespace CheckIn.Grains.Interfaces.CheckIn;

/// <summary>The number of check-ins at a venue in one hour of one local day (the tenant's time zone).</summary>
/// <param name="Date">The local date.</param>
/// <param name="Hour">The local hour, 0 to 23.</param>
/// <param name="Count">The check-ins in that hour.</param>
[GenerateSerializer, Immutable, Alias("checkin.HourlyVisitCount")]
public sealed record HourlyVisitCount(DateOnly Date, int Hour, int Count);
