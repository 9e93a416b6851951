namespace CheckIn.Grains.Interfaces.CheckIn;

/// <summary>The check-ins of one venue on one local day, per hour.</summary>
/// <param name="Date">The local date.</param>
/// <param name="Hours">24 counts, index = local hour.</param>
[GenerateSerializer, Immutable, Alias("checkin.DayVisitCounts")]
public sealed record DayVisitCounts(DateOnly Date, IReadOnlyList<int> Hours);
