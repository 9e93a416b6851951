namespace CheckIn.Runtime;

/// <summary>Where a reminder tick stands in its schedule.</summary>
/// <param name="FirstTickTime">When the reminder's first tick was due.</param>
/// <param name="Period">The time between ticks.</param>
/// <param name="CurrentTickTime">When this tick was due.</param>
public readonly record struct TickStatus(DateTimeOffset FirstTickTime, TimeSpan Period, DateTimeOffset CurrentTickTime);
