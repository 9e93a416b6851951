using System.Globalization;
using CheckIn.Grains.Interfaces.Booking;

namespace CheckIn.Grains.Booking;

/// <summary>The checks that stop obviously wrong campaign setups before residents see them: a capacity
/// typed with a zero too many, slots outside the campaign's dates, slots that have already started. Each
/// problem names the values and the limit (and the setting that holds the limit). An opening time that has
/// passed is not a problem: booking is open from then on (API.md), so publishing it opens booking now.</summary>
internal static class SanityChecker
{
    private const int SlotsNamed = 5;

    /// <summary>Checks a whole campaign before it is published.</summary>
    public static SanityReport CheckCampaign(CampaignState campaign, BookingOptions options, DateTimeOffset now)
    {
        var problems = new List<SanityProblem>();
        if (campaign.Slots.Count == 0)
        {
            problems.Add(new SanityProblem("no_slots", "The campaign has no slots; add slots before publishing it."));
        }

        CheckSlots(campaign, campaign.Slots, campaign.Slots.Sum(static s => (long)s.Capacity), options, now, problems);
        return new SanityReport(problems);
    }

    /// <summary>Checks slots added to a published campaign (the campaign's catalog not yet including them).</summary>
    public static SanityReport CheckNewSlots(CampaignState campaign, IReadOnlyList<SlotInfo> added, BookingOptions options, DateTimeOffset now)
    {
        var problems = new List<SanityProblem>();
        var total = campaign.Slots.Sum(static s => (long)s.Capacity) + added.Sum(static s => (long)s.Capacity);
        CheckSlots(campaign, added, total, options, now, problems);
        return new SanityReport(problems);
    }

    private static void CheckSlots(CampaignState campaign, IReadOnlyList<SlotInfo> slots, long totalCapacity, BookingOptions options, DateTimeOffset now, List<SanityProblem> problems)
    {
        var tooBig = slots.Where(s => s.Capacity > options.MaxSlotCapacity).ToList();
        if (tooBig.Count > 0)
        {
            problems.Add(new SanityProblem(
                "slot_capacity_over_limit",
                $"Slots with more than {options.MaxSlotCapacity} seats (Booking:MaxSlotCapacity): {Name(tooBig, withCapacity: true)}. Check the capacity for a typo."));
        }

        if (totalCapacity > options.MaxTotalCapacity)
        {
            problems.Add(new SanityProblem(
                "total_capacity_over_limit",
                $"The campaign would have {totalCapacity} seats in all, more than {options.MaxTotalCapacity} (Booking:MaxTotalCapacity). Check the slot capacities."));
        }

        var outside = slots.Where(s => (campaign.FirstDate is { } first && s.Date < first) || (campaign.LastDate is { } last && s.Date > last)).ToList();
        if (outside.Count > 0)
        {
            problems.Add(new SanityProblem(
                "slot_outside_dates",
                $"Slots outside the campaign's dates {DateRange(campaign)}: {Name(outside)}."));
        }

        var early = slots.Where(s => s.Start < campaign.OpensAt).ToList();
        if (early.Count > 0)
        {
            problems.Add(new SanityProblem(
                "slot_before_opening",
                $"Slots that start before the opening time {Format(campaign.OpensAt)}: {Name(early)}."));
        }

        var past = slots.Where(s => s.Start <= now).ToList();
        if (past.Count > 0)
        {
            problems.Add(new SanityProblem("slot_in_past", $"Slots that have already started (now {Format(now)}): {Name(past)}."));
        }
    }

    private static string Name(IReadOnlyList<SlotInfo> slots, bool withCapacity = false)
    {
        var named = slots.Take(SlotsNamed).Select(s => withCapacity
            ? string.Create(CultureInfo.InvariantCulture, $"{s.SlotId} ({s.Capacity} seats)")
            : string.Create(CultureInfo.InvariantCulture, $"{s.SlotId} ({s.Date:yyyy-MM-dd} {s.Time:HH\\:mm})"));
        var text = string.Join(", ", named);
        return slots.Count > SlotsNamed ? $"{text} and {slots.Count - SlotsNamed} more ({slots.Count} in all)" : text;
    }

    private static string DateRange(CampaignState campaign)
        => string.Create(CultureInfo.InvariantCulture, $"{campaign.FirstDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "…"} to {campaign.LastDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "…"}");

    private static string Format(DateTimeOffset time) => time.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
}
