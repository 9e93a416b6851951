using CheckIn.Grains.Interfaces.Booking;
using CheckIn.Grains.Interfaces;

namespace CheckIn.Grains.Booking;

/// <summary>One campaign day's free seats, kept in memory. Slots report changes (coalesced, one-way); the
/// board asks every slot of the day only once per activation, on its first read, and never per request.</summary>
public sealed class AvailabilityBoardGrain(TimeProvider timeProvider) : Grain, IAvailabilityBoardGrain
{
    private const int LoadBatchSize = 64;

    private readonly Dictionary<string, SlotAvailability> _slots = new(StringComparer.Ordinal);
    private bool _loaded;

    public Task Report(SlotAvailability availability)
    {
        ArgumentNullException.ThrowIfNull(availability);
        _slots[availability.SlotId] = availability;
        return Task.CompletedTask;
    }

    public async Task<AvailabilitySnapshot> GetSnapshot()
    {
        var (campaignId, day) = BookingKeys.Split(this.GetPrimaryKeyString());
        var date = DateOnly.ParseExact(day, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        if (!_loaded)
        {
            var catalog = await GrainFactory.Reference<ICampaignGrain>(campaignId).GetSlotsOn(date);
            foreach (var batch in catalog.Where(s => !_slots.ContainsKey(s.SlotId)).Chunk(LoadBatchSize))
            {
                var answers = await Task.WhenAll(batch.Select(s => GrainFactory.Reference<ISlotGrain>(BookingKeys.Slot(campaignId, s.SlotId)).GetAvailability()));
                foreach (var answer in answers)
                {
                    // A report that came in meanwhile is at least as new as this answer.
                    _slots.TryAdd(answer.SlotId, answer);
                }
            }

            _loaded = true;
        }

        return new AvailabilitySnapshot(
            date,
            timeProvider.GetUtcNow(),
            [.. _slots.Values.OrderBy(static s => s.Start).ThenBy(static s => s.SiteId, StringComparer.Ordinal)]);
    }
}
