using CheckIn.Grains.Interfaces.Booking;

namespace CheckIn.Grains.Booking;

/// <summary>Where dose 2 goes: the dose-1 site on the day the interval gives, the same time first, then
/// the slots nearest to that time (the earlier one of two equally near).</summary>
internal static class DoseTwoPlanner
{
    public static DateOnly DateOf(SlotInfo firstDose, int intervalDays) => firstDose.Date.AddDays(intervalDays);

    public static IReadOnlyList<SlotInfo> Candidates(IReadOnlyList<SlotInfo> slotsThatDay, TimeOnly preferred)
        => [.. slotsThatDay
            .OrderBy(s => Math.Abs((s.Time.ToTimeSpan() - preferred.ToTimeSpan()).Ticks))
            .ThenBy(static s => s.Time)
            .ThenBy(static s => s.SlotId, StringComparer.Ordinal)];
}
