using CheckIn.Grains.Interfaces.Booking;

namespace CheckIn.Tests.Booking;

/// <summary>The public availability feed: served from stateless-worker caches of the day's board, which
/// slots keep up to date; fresh within the publish delay plus the cache's lifetime.</summary>
public sealed class AvailabilityTests
{
    [Fact]
    public async Task Get_FirstRead_ShowsEveryDaySlotWithItsSeats()
    {
        await using var silo = await BookingSilos.StartAsync();
        var campaign = await TestCampaign.CreateAsync(silo);
        var slots = await campaign.AddSlotsAsync(TestCampaign.Day1, 5, "15:00", "14:00");
        await campaign.AddSlotsAsync(TestCampaign.Day2, 7, "14:00");

        var snapshot = await campaign.Availability(TestCampaign.Day1).Get(siteId: null);

        Assert.Equal(TestCampaign.Day1, snapshot.Date);
        Assert.Equal([slots[1].SlotId, slots[0].SlotId], snapshot.Slots.Select(s => s.SlotId));
        Assert.All(snapshot.Slots, s => Assert.Equal((5, 5), (s.Capacity, s.Remaining)));
    }

    [Fact]
    public async Task Get_AfterBookings_RefreshedWithinPublishDelayAndCacheLifetime()
    {
        await using var silo = await BookingSilos.StartAsync(booking: o =>
        {
            o.AvailabilityPublishDelay = TimeSpan.FromSeconds(1);
            o.AvailabilityCacheTtl = TimeSpan.FromSeconds(2);
        });
        var campaign = await TestCampaign.CreateAsync(silo);
        var slot = await campaign.AddSlotAsync(TestCampaign.Day1, "14:00", 5);
        await campaign.AddSlotAsync(TestCampaign.Day2, "14:00", 5);
        await campaign.PublishAndOpenAsync();
        var feed = campaign.Availability(TestCampaign.Day1);
        Assert.Equal(5, (await feed.Get(null)).Slots.Single().Remaining);

        await campaign.NewResident().Book(new BookingRequest(slot.SlotId));
        await campaign.NewResident().Book(new BookingRequest(slot.SlotId));
        Assert.Equal(5, (await feed.Get(null)).Slots.Single().Remaining); // served from the cache

        // The slot reports to the day's board after the publish delay. Its report timer is armed by the
        // booking's own continuation, which may still be on its way: keep the clock moving until it fires, in small
        // steps (about ten times real time), so that on a slow machine the report's own call stays far from the call
        // timeout, which runs on the same clock.
        await Until.TrueAsync(
            async () =>
            {
                silo.Time.Advance(TimeSpan.FromMilliseconds(50));
                return (await Board(campaign, TestCampaign.Day1).GetSnapshot()).Slots.Single().Remaining == 3;
            },
            "the board has the slot's report");

        silo.Time.Advance(TimeSpan.FromSeconds(2)); // the cache's copy expires

        Assert.Equal(3, (await feed.Get(null)).Slots.Single().Remaining);
        var dose2Day = await campaign.Availability(TestCampaign.Day2).Get(null);
        Assert.Equal(3, dose2Day.Slots.Single().Remaining);
    }

    [Fact]
    public async Task Get_BySite_OnlyThatSitesSlots()
    {
        await using var silo = await BookingSilos.StartAsync();
        var campaign = await TestCampaign.CreateAsync(silo);
        var other = await campaign.Campaign.AddSite(new SiteDefinition("Gym", "2-2 Test-cho"));
        await campaign.AddSlotsAsync(TestCampaign.Day1, 5, "14:00");
        var otherSlots = await campaign.Campaign.AddSlots(new AddSlotsRequest(other.SiteId, TestCampaign.Day1, [new TimeOnly(14, 0), new TimeOnly(15, 0)], 3));

        var snapshot = await campaign.Availability(TestCampaign.Day1).Get(other.SiteId);

        Assert.Equal(otherSlots.Select(s => s.SlotId), snapshot.Slots.Select(s => s.SlotId));
        Assert.All(snapshot.Slots, s => Assert.Equal(other.SiteId, s.SiteId));
    }

    [Fact]
    public async Task Get_SlotAddedAfterBoardLoaded_AppearsAfterRefresh()
    {
        await using var silo = await BookingSilos.StartAsync();
        var campaign = await TestCampaign.CreateAsync(silo);
        await campaign.AddSlotsAsync(TestCampaign.Day1, 5, "14:00");
        var feed = campaign.Availability(TestCampaign.Day1);
        Assert.Single((await feed.Get(null)).Slots);

        var added = await campaign.AddSlotAsync(TestCampaign.Day1, "16:00", 9);
        silo.Time.Advance(TimeSpan.FromSeconds(1));
        await Until.TrueAsync(async () => (await Board(campaign, TestCampaign.Day1).GetSnapshot()).Slots.Count == 2, "the board has the new slot's report");

        silo.Time.Advance(TimeSpan.FromSeconds(2));

        Assert.Contains((await feed.Get(null)).Slots, s => s.SlotId == added.SlotId && s.Remaining == 9);
    }

    private static IAvailabilityBoardGrain Board(TestCampaign campaign, DateOnly date)
        => campaign.Grains.GetGrain<IAvailabilityBoardGrain>(BookingKeys.Day(campaign.CampaignId, date));
}
