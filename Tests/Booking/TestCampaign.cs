using CheckIn.Grains.Interfaces.Booking;
using CheckIn.Testing;

namespace CheckIn.Tests.Booking;

/// <summary>A campaign of its own for one test: created with a site, opening one hour after the test
/// clock's start (2026-01-01T00:00Z, 09:00 in the campaign's +09:00). Dose-1 slots go on
/// <see cref="Day1"/>, dose-2 slots on <see cref="Day2"/>.</summary>
public sealed class TestCampaign
{
    public static readonly DateOnly Day1 = new(2026, 1, 1);

    public const int Interval = 21;

    public static readonly DateOnly Day2 = Day1.AddDays(Interval);

    private TestCampaign(TestSilo silo, string campaignId, string siteId, DateTimeOffset opensAt)
    {
        Silo = silo;
        CampaignId = campaignId;
        SiteId = siteId;
        OpensAt = opensAt;
    }

    public TestSilo Silo { get; }

    public string CampaignId { get; }

    public string SiteId { get; }

    public DateTimeOffset OpensAt { get; }

    public IGrainFactory Grains => Silo.GrainFactory;

    public ICampaignGrain Campaign => Grains.GetGrain<ICampaignGrain>(CampaignId);

    public static async Task<TestCampaign> CreateAsync(TestSilo silo, int interval = Interval, DateOnly? firstDate = null, DateOnly? lastDate = null, TimeSpan? opensIn = null)
    {
        var campaignId = BookingIds.NewCampaignId();
        var opensAt = silo.Time.GetUtcNow() + (opensIn ?? TimeSpan.FromHours(1));
        var campaign = silo.GrainFactory.GetGrain<ICampaignGrain>(campaignId);
        await campaign.Define(new CampaignDefinition("test-city", "Test campaign", opensAt, interval, TimeSpan.FromHours(9), firstDate, lastDate));
        var site = await campaign.AddSite(new SiteDefinition("Community hall", "1-1 Test-cho"));
        return new TestCampaign(silo, campaignId, site.SiteId, opensAt);
    }

    /// <summary>Adds slots at the campaign's site on <paramref name="date"/> at local times "HH:mm".</summary>
    public async Task<IReadOnlyList<SlotInfo>> AddSlotsAsync(DateOnly date, int capacity, params string[] times)
        => await Campaign.AddSlots(new AddSlotsRequest(SiteId, date, [.. times.Select(t => TimeOnly.ParseExact(t, "HH:mm", System.Globalization.CultureInfo.InvariantCulture))], capacity));

    public async Task<SlotInfo> AddSlotAsync(DateOnly date, string time, int capacity)
        => (await AddSlotsAsync(date, capacity, time))[0];

    /// <summary>Publishes the campaign and moves the clock to its opening time.</summary>
    public async Task PublishAndOpenAsync()
    {
        await Campaign.Publish();
        var now = Silo.Time.GetUtcNow();
        if (OpensAt > now)
        {
            Silo.Time.Advance(OpensAt - now);
        }
    }

    public IResidentGrain NewResident() => Resident(BookingIds.NewResidentId());

    public IResidentGrain Resident(string residentId) => Grains.GetGrain<IResidentGrain>(BookingKeys.Resident(CampaignId, residentId));

    public ISlotGrain Slot(string slotId) => Grains.GetGrain<ISlotGrain>(BookingKeys.Slot(CampaignId, slotId));

    public ISlotGrain Slot(SlotInfo slot) => Slot(slot.SlotId);

    public IVoucherGrain Voucher(string voucherNumber) => Grains.GetGrain<IVoucherGrain>(BookingKeys.Voucher(CampaignId, voucherNumber));

    public IVoucherImportGrain Importer => Grains.GetGrain<IVoucherImportGrain>(CampaignId);

    public IAvailabilityCacheGrain Availability(DateOnly date) => Grains.GetGrain<IAvailabilityCacheGrain>(BookingKeys.Day(CampaignId, date));

    public IWaitingRoomGrain WaitingRoom => Grains.GetGrain<IWaitingRoomGrain>(CampaignId);
}
