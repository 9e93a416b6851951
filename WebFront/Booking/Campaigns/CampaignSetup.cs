using CheckIn.Grains.Interfaces.Booking;

namespace CheckIn.WebFront.Booking.Campaigns;

/// <summary>Staff's changes to a campaign, for the API and the staff pages alike. Adding slots publishes a
/// draft as soon as the sanity check passes: the contract has no separate publish step, and a campaign must
/// open at its opening time; a setup the check stops stays a draft, and the answer says why.</summary>
public sealed class CampaignSetup(IGrainFactory grains, CampaignDirectory directory)
{
    /// <summary>Creates a campaign with a new random id.</summary>
    public Task<CampaignInfo> CreateAsync(CampaignDefinition definition)
        => grains.GetGrain<ICampaignGrain>(BookingIds.NewCampaignId()).Define(definition);

    /// <summary>Adds a site.</summary>
    public async Task<SiteInfo> AddSiteAsync(string campaignId, SiteDefinition site)
    {
        var added = await Campaign(campaignId).AddSite(site).ConfigureAwait(false);
        directory.Forget(campaignId);
        return added;
    }

    /// <summary>Adds slots, then publishes the campaign if it is a draft that passes the sanity check.</summary>
    public async Task<SlotsAdded> AddSlotsAsync(string campaignId, AddSlotsRequest request)
    {
        var campaign = Campaign(campaignId);
        var slots = await campaign.AddSlots(request).ConfigureAwait(false);
        var (status, problems) = await PublishIfSaneAsync(campaign).ConfigureAwait(false);
        directory.Forget(campaignId);
        return new SlotsAdded(slots, status, problems);
    }

    /// <summary>Publishes the campaign; <c>sanity_check_failed</c> lists what stops it.</summary>
    public async Task<CampaignOverview> PublishAsync(string campaignId)
    {
        var info = await Campaign(campaignId).Publish().ConfigureAwait(false);
        directory.Forget(campaignId);
        return new CampaignOverview(info, []);
    }

    /// <summary>The campaign as it is now, and for a draft what the sanity check finds.</summary>
    public async Task<CampaignOverview> DescribeAsync(string campaignId)
    {
        var campaign = Campaign(campaignId);
        var info = await campaign.GetInfo().ConfigureAwait(false);
        if (info.Status == CampaignStatus.Published)
        {
            return new CampaignOverview(info, []);
        }

        return new CampaignOverview(info, (await campaign.CheckSanity().ConfigureAwait(false)).Problems);
    }

    private static async Task<(CampaignStatus Status, IReadOnlyList<SanityProblem> Problems)> PublishIfSaneAsync(ICampaignGrain campaign)
    {
        var info = await campaign.GetInfo().ConfigureAwait(false);
        if (info.Status == CampaignStatus.Published)
        {
            return (CampaignStatus.Published, []);
        }

        var report = await campaign.CheckSanity().ConfigureAwait(false);
        if (!report.Passed)
        {
            return (CampaignStatus.Draft, report.Problems);
        }

        try
        {
            await campaign.Publish().ConfigureAwait(false);
            return (CampaignStatus.Published, []);
        }
        catch (BookingException e) when (e.Code == BookingErrorCodes.SanityCheckFailed)
        {
            // A slot started between the check and the publication.
            return (CampaignStatus.Draft, (await campaign.CheckSanity().ConfigureAwait(false)).Problems);
        }
    }

    private ICampaignGrain Campaign(string campaignId) => grains.GetGrain<ICampaignGrain>(campaignId);
}
