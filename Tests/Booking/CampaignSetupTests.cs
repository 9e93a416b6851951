using CheckIn.Grains.Interfaces.Booking;

namespace CheckIn.Tests.Booking;

/// <summary>Campaign setup: definition, sites, slots, and the sanity check before opening.</summary>
public sealed class CampaignSetupTests
{
    [Fact]
    public async Task GetInfo_NeverDefined_UnknownCampaign()
    {
        await using var silo = await BookingSilos.StartAsync();

        await BookingAssert.RefusedAsync(BookingErrorCodes.UnknownCampaign, () => silo.GrainFactory.GetGrain<ICampaignGrain>(BookingIds.NewCampaignId()).GetInfo());
    }

    [Fact]
    public async Task AddSlots_Created_CatalogSiteAndSlotsAgree()
    {
        await using var silo = await BookingSilos.StartAsync();
        var campaign = await TestCampaign.CreateAsync(silo);

        var slots = await campaign.AddSlotsAsync(TestCampaign.Day1, 20, "14:00", "09:30");

        Assert.Equal(new DateTimeOffset(2026, 1, 1, 14, 0, 0, TimeSpan.FromHours(9)), slots[0].Start);
        Assert.Equal(new DateTimeOffset(2026, 1, 1, 9, 30, 0, TimeSpan.FromHours(9)), slots[1].Start);
        var info = await campaign.Campaign.GetInfo();
        Assert.Equal((2, 40L), (info.SlotCount, info.TotalCapacity));
        Assert.Equal(new[] { slots[1], slots[0] }, await campaign.Campaign.GetSlotsOn(TestCampaign.Day1));
        var site = silo.GrainFactory.GetGrain<ISiteGrain>(BookingKeys.Site(campaign.CampaignId, campaign.SiteId));
        Assert.Equal(new[] { slots[1], slots[0] }, await site.GetSlotsOn(TestCampaign.Day1));
        Assert.Equal(slots[0], (await campaign.Slot(slots[0]).GetSummary()).Slot);
    }

    [Fact]
    public async Task AddSlots_SameSlotsAgain_ReturnsThemUnchanged()
    {
        await using var silo = await BookingSilos.StartAsync();
        var campaign = await TestCampaign.CreateAsync(silo);
        var first = await campaign.AddSlotsAsync(TestCampaign.Day1, 20, "14:00");

        var again = await campaign.AddSlotsAsync(TestCampaign.Day1, 20, "14:00", "15:00");

        Assert.Equal(first[0], again[0]);
        Assert.Equal(2, (await campaign.Campaign.GetInfo()).SlotCount);
    }

    [Fact]
    public async Task AddSlots_ExistingSlotWithOtherCapacity_SlotExists()
    {
        await using var silo = await BookingSilos.StartAsync();
        var campaign = await TestCampaign.CreateAsync(silo);
        await campaign.AddSlotsAsync(TestCampaign.Day1, 20, "14:00");

        await BookingAssert.RefusedAsync(BookingErrorCodes.SlotExists, () => campaign.AddSlotsAsync(TestCampaign.Day1, 200, "14:00"));

        Assert.Equal(20, (await campaign.Slot((await campaign.Campaign.GetSlotsOn(TestCampaign.Day1))[0]).GetSummary()).Slot.Capacity);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(10_001)]
    public async Task AddSlots_CapacityOutsideContract_InvalidRequest(int capacity)
    {
        await using var silo = await BookingSilos.StartAsync();
        var campaign = await TestCampaign.CreateAsync(silo);

        var refused = await BookingAssert.RefusedAsync(BookingErrorCodes.InvalidRequest, () => campaign.AddSlotsAsync(TestCampaign.Day1, capacity, "14:00"));

        Assert.Equal(400, refused.StatusCode);
        Assert.Equal(0, (await campaign.Campaign.GetInfo()).SlotCount);
    }

    [Fact]
    public async Task AddSlots_UnknownSite_UnknownSite()
    {
        await using var silo = await BookingSilos.StartAsync();
        var campaign = await TestCampaign.CreateAsync(silo);

        await BookingAssert.RefusedAsync(
            BookingErrorCodes.UnknownSite,
            () => campaign.Campaign.AddSlots(new AddSlotsRequest("s-unknown", TestCampaign.Day1, [new TimeOnly(14, 0)], 5)));
    }

    [Fact]
    public async Task Publish_SlotCapacityOverLimit_SanityCheckFailedNamingSlotAndLimit()
    {
        await using var silo = await BookingSilos.StartAsync(booking: o => o.MaxSlotCapacity = 600);
        var campaign = await TestCampaign.CreateAsync(silo);
        await campaign.AddSlotsAsync(TestCampaign.Day1, 600, "14:00");
        var typo = await campaign.AddSlotAsync(TestCampaign.Day1, "15:00", 6000);

        var refused = await BookingAssert.RefusedAsync(BookingErrorCodes.SanityCheckFailed, () => campaign.Campaign.Publish());

        Assert.Contains(typo.SlotId, refused.Message, StringComparison.Ordinal);
        Assert.Contains("6000 seats", refused.Message, StringComparison.Ordinal);
        Assert.Contains("600", refused.Message, StringComparison.Ordinal);
        Assert.Contains("Booking:MaxSlotCapacity", refused.Message, StringComparison.Ordinal);
        Assert.Equal(CampaignStatus.Draft, (await campaign.Campaign.GetInfo()).Status);
        Assert.Equal(["slot_capacity_over_limit"], (await campaign.Campaign.CheckSanity()).Problems.Select(p => p.Code));
    }

    [Fact]
    public async Task Publish_TotalCapacityOverLimit_SanityCheckFailed()
    {
        await using var silo = await BookingSilos.StartAsync(booking: o => o.MaxTotalCapacity = 1_000);
        var campaign = await TestCampaign.CreateAsync(silo);
        await campaign.AddSlotsAsync(TestCampaign.Day1, 600, "14:00", "15:00");

        var refused = await BookingAssert.RefusedAsync(BookingErrorCodes.SanityCheckFailed, () => campaign.Campaign.Publish());

        Assert.Contains("1200 seats", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Publish_OpeningTimeInPast_BookingOpensNow()
    {
        await using var silo = await BookingSilos.StartAsync();
        var campaign = await TestCampaign.CreateAsync(silo, interval: 0);
        var slot = await campaign.AddSlotAsync(TestCampaign.Day1, "14:00", 10);
        silo.Time.Advance(TimeSpan.FromHours(2));

        await campaign.Campaign.Publish();
        var booked = await campaign.NewResident().Book(new BookingRequest(slot.SlotId));

        Assert.Equal(CampaignStatus.Published, (await campaign.Campaign.GetInfo()).Status);
        Assert.Equal(slot.SlotId, booked.FirstDose.SlotId);
        Assert.Empty((await campaign.Campaign.CheckSanity()).Problems);
    }

    [Fact]
    public async Task Publish_SlotAlreadyStarted_SanityCheckFailedAndStillDraft()
    {
        await using var silo = await BookingSilos.StartAsync();
        var campaign = await TestCampaign.CreateAsync(silo);
        var early = await campaign.AddSlotAsync(TestCampaign.Day1, "14:00", 10);
        await campaign.AddSlotAsync(TestCampaign.Day1.AddDays(1), "14:00", 10);
        var startsAt = new DateTimeOffset(TestCampaign.Day1.ToDateTime(new TimeOnly(14, 0)), TimeSpan.FromHours(9));
        silo.Time.Advance(startsAt - silo.Time.GetUtcNow() + TimeSpan.FromMinutes(1));

        var refused = await BookingAssert.RefusedAsync(BookingErrorCodes.SanityCheckFailed, () => campaign.Campaign.Publish());

        Assert.Contains(early.SlotId, refused.Message, StringComparison.Ordinal);
        Assert.Equal(CampaignStatus.Draft, (await campaign.Campaign.GetInfo()).Status);
        Assert.Equal(["slot_in_past"], (await campaign.Campaign.CheckSanity()).Problems.Select(p => p.Code));
    }

    [Fact]
    public async Task Publish_SlotsOutsideCampaignDates_SanityCheckFailed()
    {
        await using var silo = await BookingSilos.StartAsync();
        var campaign = await TestCampaign.CreateAsync(silo, firstDate: TestCampaign.Day1, lastDate: TestCampaign.Day1.AddDays(30));
        await campaign.AddSlotsAsync(TestCampaign.Day1, 10, "14:00");
        var late = await campaign.AddSlotAsync(TestCampaign.Day1.AddDays(31), "14:00", 10);

        var refused = await BookingAssert.RefusedAsync(BookingErrorCodes.SanityCheckFailed, () => campaign.Campaign.Publish());

        Assert.Contains(late.SlotId, refused.Message, StringComparison.Ordinal);
        Assert.Contains("2026-01-01 to 2026-01-31", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Publish_SlotBeforeOpeningTime_SanityCheckFailed()
    {
        await using var silo = await BookingSilos.StartAsync();
        var campaign = await TestCampaign.CreateAsync(silo);
        await campaign.AddSlotsAsync(TestCampaign.Day1, 10, "09:30"); // 00:30Z, before the 01:00Z opening

        var report = await campaign.Campaign.CheckSanity();

        Assert.Equal(["slot_before_opening"], report.Problems.Select(p => p.Code));
        await BookingAssert.RefusedAsync(BookingErrorCodes.SanityCheckFailed, () => campaign.Campaign.Publish());
    }

    [Fact]
    public async Task Publish_NoSlots_SanityCheckFailed()
    {
        await using var silo = await BookingSilos.StartAsync();
        var campaign = await TestCampaign.CreateAsync(silo);

        Assert.Equal(["no_slots"], (await campaign.Campaign.CheckSanity()).Problems.Select(p => p.Code));
        await BookingAssert.RefusedAsync(BookingErrorCodes.SanityCheckFailed, () => campaign.Campaign.Publish());
    }

    [Fact]
    public async Task Publish_SaneSetup_PublishedAndDefinitionFixed()
    {
        await using var silo = await BookingSilos.StartAsync();
        var campaign = await TestCampaign.CreateAsync(silo);
        await campaign.AddSlotsAsync(TestCampaign.Day1, 10, "14:00");

        var published = await campaign.Campaign.Publish();

        Assert.Equal(CampaignStatus.Published, published.Status);
        Assert.True((await campaign.Campaign.CheckSanity()).Passed);
        var definition = new CampaignDefinition("test-city", "Test campaign", published.OpensAt, published.DoseIntervalDays, published.UtcOffset);
        Assert.Equal(published.OpensAt, (await campaign.Campaign.Define(definition)).OpensAt);
        await BookingAssert.RefusedAsync(BookingErrorCodes.CampaignPublished, () => campaign.Campaign.Define(definition with { OpensAt = published.OpensAt.AddHours(-1) }));
    }

    [Fact]
    public async Task AddSlots_AfterPublishOverLimit_SanityCheckFailed()
    {
        await using var silo = await BookingSilos.StartAsync(booking: o => o.MaxSlotCapacity = 100);
        var campaign = await TestCampaign.CreateAsync(silo);
        await campaign.AddSlotsAsync(TestCampaign.Day1, 100, "14:00");
        await campaign.Campaign.Publish();

        await BookingAssert.RefusedAsync(BookingErrorCodes.SanityCheckFailed, () => campaign.AddSlotsAsync(TestCampaign.Day1, 1000, "15:00"));

        Assert.Equal(1, (await campaign.Campaign.GetInfo()).SlotCount);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(366)]
    public async Task Define_DoseIntervalOutOfRange_InvalidRequest(int interval)
    {
        await using var silo = await BookingSilos.StartAsync();
        var campaign = silo.GrainFactory.GetGrain<ICampaignGrain>(BookingIds.NewCampaignId());

        await BookingAssert.RefusedAsync(
            BookingErrorCodes.InvalidRequest,
            () => campaign.Define(new CampaignDefinition("test-city", "Bad", silo.Time.GetUtcNow().AddDays(1), interval)));
    }
}
