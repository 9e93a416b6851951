namespace CheckIn.Grains.Interfaces.Booking;

/// <summary>One thing the sanity check found wrong with a campaign's setup.</summary>
/// <param name="Code">What kind of problem: <c>no_slots</c>, <c>slot_capacity_over_limit</c>,
/// <c>total_capacity_over_limit</c>, <c>slot_outside_dates</c>, <c>slot_before_opening</c>, <c>slot_in_past</c>.</param>
/// <param name="Message">The problem, for staff, naming the values and the limit.</param>
[GenerateSerializer, Immutable, Alias("checkin.SanityProblem")]
public sealed record SanityProblem(string Code, string Message);
