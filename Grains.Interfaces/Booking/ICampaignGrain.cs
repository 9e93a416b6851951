using Orleans.Concurrency;

namespace CheckIn.Grains.Interfaces.Booking;

/// <summary>A vaccination campaign (key: the campaign id): its definition, its sites, its slot catalog,
/// the sanity check and the publication that opens it at its opening time.</summary>
[Alias("checkin.ICampaignGrain")]
public interface ICampaignGrain : IGrainWithStringKey
{
    /// <summary>Creates the campaign, or changes it while it is a draft. Once published, the same
    /// definition again is accepted and anything else is refused with <c>campaign_published</c>.</summary>
    Task<CampaignInfo> Define(CampaignDefinition definition);

    /// <summary>The campaign; <c>unknown_campaign</c> if it was never defined.</summary>
    [ReadOnly]
    Task<CampaignInfo> GetInfo();

    /// <summary>The reservation side's view: published or not, opening time, dose interval.</summary>
    [ReadOnly]
    Task<CampaignGate> GetGate();

    /// <summary>Adds a site with a new random id.</summary>
    Task<SiteInfo> AddSite(SiteDefinition site);

    /// <summary>Adds slots at a site on a date. Adding a slot that exists with the same capacity returns
    /// it unchanged (a retry is safe); with another capacity it is refused (<c>slot_exists</c>). After
    /// publication the new slots must pass the sanity check.</summary>
    Task<IReadOnlyList<SlotInfo>> AddSlots(AddSlotsRequest request);

    /// <summary>The catalog's slots on a local date, all sites, by start.</summary>
    [ReadOnly]
    Task<IReadOnlyList<SlotInfo>> GetSlotsOn(DateOnly date);

    /// <summary>Runs the sanity check without changing anything.</summary>
    [ReadOnly]
    Task<SanityReport> CheckSanity();

    /// <summary>Publishes the campaign if the sanity check passes; otherwise refuses with
    /// <c>sanity_check_failed</c> and a message listing every problem. Publishing twice is harmless.</summary>
    Task<CampaignInfo> Publish();
}
