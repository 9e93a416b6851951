using CheckIn.Grains.Interfaces.Booking;
using CheckIn.Grains.Interfaces;
using Microsoft.Extensions.Options;

namespace CheckIn.Grains.Booking;

/// <summary>A vaccination campaign: definition, sites, slot catalog, sanity check and publication.</summary>
public sealed class CampaignGrain(
    [PersistentState("campaign")] IPersistentState<CampaignState> state,
    IOptions<BookingOptions> options,
    TimeProvider timeProvider) : Grain, ICampaignGrain
{
    private const int MaxTimesPerRequest = 288;
    private const int MaxTextLength = 200;

    private readonly Dictionary<string, SlotInfo> _slots = new(StringComparer.Ordinal);

    private CampaignState Campaign => state.State;

    private string CampaignId => this.GetPrimaryKeyString();

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        foreach (var slot in Campaign.Slots)
        {
            _slots[slot.SlotId] = slot;
        }

        return Task.CompletedTask;
    }

    public async Task<CampaignInfo> Define(CampaignDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        var offset = definition.UtcOffset ?? options.Value.DefaultUtcOffset;
        Validate(definition, offset);
        if (Campaign.Defined && Campaign.Status == CampaignStatus.Published)
        {
            var same = Campaign.Tenant == definition.Tenant && Campaign.Name == definition.Name && Campaign.OpensAt == definition.OpensAt
                && Campaign.DoseIntervalDays == definition.DoseIntervalDays && Campaign.UtcOffset == offset
                && Campaign.FirstDate == definition.FirstDate && Campaign.LastDate == definition.LastDate;
            return same
                ? Info()
                : throw new BookingException(BookingErrorCodes.CampaignPublished, "The campaign is published: its definition can no longer change.");
        }

        if (Campaign.Defined && Campaign.Tenant != definition.Tenant)
        {
            throw new BookingException(BookingErrorCodes.InvalidRequest, "A campaign cannot move to another tenant.");
        }

        if (Campaign.Slots.Count > 0 && Campaign.UtcOffset != offset)
        {
            throw new BookingException(BookingErrorCodes.InvalidRequest, "The campaign has slots: its time offset can no longer change.");
        }

        Campaign.Defined = true;
        Campaign.Tenant = definition.Tenant;
        Campaign.Name = definition.Name;
        Campaign.OpensAt = definition.OpensAt;
        Campaign.DoseIntervalDays = definition.DoseIntervalDays;
        Campaign.UtcOffset = offset;
        Campaign.FirstDate = definition.FirstDate;
        Campaign.LastDate = definition.LastDate;
        await WriteAsync();
        return Info();
    }

    public Task<CampaignInfo> GetInfo()
    {
        RequireDefined();
        return Task.FromResult(Info());
    }

    public Task<CampaignGate> GetGate()
    {
        RequireDefined();
        return Task.FromResult(new CampaignGate(Campaign.Status == CampaignStatus.Published, Campaign.OpensAt, Campaign.DoseIntervalDays, Campaign.UtcOffset));
    }

    public async Task<SiteInfo> AddSite(SiteDefinition site)
    {
        ArgumentNullException.ThrowIfNull(site);
        RequireDefined();
        RequireText(site.Name, "site name");
        RequireText(site.Address, "site address", maxLength: 500);
        var info = new SiteInfo(BookingIds.NewSiteId(), site.Name, site.Address);

        // The site first: a crash before the campaign's write leaves an unlisted site, never a listed one that is missing.
        await GrainFactory.Reference<ISiteGrain>(BookingKeys.Site(CampaignId, info.SiteId)).Define(site);
        Campaign.Sites.Add(info);
        await WriteAsync();
        return info;
    }

    public async Task<IReadOnlyList<SlotInfo>> AddSlots(AddSlotsRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        RequireDefined();
        if (!Campaign.Sites.Any(s => s.SiteId == request.SiteId))
        {
            throw new BookingException(BookingErrorCodes.UnknownSite, $"The campaign has no site '{request.SiteId}'.");
        }

        if (request.Capacity is < 1 or > 10_000)
        {
            throw new BookingException(BookingErrorCodes.InvalidRequest, $"Capacity {request.Capacity} is outside 1 to 10000.");
        }

        if (request.Times is null || request.Times.Count == 0 || request.Times.Count > MaxTimesPerRequest)
        {
            throw new BookingException(BookingErrorCodes.InvalidRequest, $"Give 1 to {MaxTimesPerRequest} start times.");
        }

        if (request.Times.Distinct().Count() != request.Times.Count)
        {
            throw new BookingException(BookingErrorCodes.InvalidRequest, "The start times repeat.");
        }

        var requested = new List<SlotInfo>(request.Times.Count);
        var added = new List<SlotInfo>();
        foreach (var time in request.Times)
        {
            var slotId = BookingKeys.SlotId(request.SiteId, request.Date, time);
            if (_slots.TryGetValue(slotId, out var existing))
            {
                if (existing.Capacity != request.Capacity)
                {
                    throw new BookingException(
                        BookingErrorCodes.SlotExists,
                        $"Slot {slotId} exists with {existing.Capacity} seats; it cannot be added again with {request.Capacity}.");
                }

                requested.Add(existing);
                continue;
            }

            var start = new DateTimeOffset(request.Date.ToDateTime(time), Campaign.UtcOffset);
            var slot = new SlotInfo(slotId, request.SiteId, request.Date, time, start, request.Capacity);
            requested.Add(slot);
            added.Add(slot);
        }

        if (Campaign.Status == CampaignStatus.Published && added.Count > 0)
        {
            var report = SanityChecker.CheckNewSlots(Campaign, added, options.Value, timeProvider.GetUtcNow());
            if (!report.Passed)
            {
                throw SanityFailure(report);
            }
        }

        // Slots and site first, the catalog last: every slot in the catalog exists. A crash in between
        // leaves slots outside the catalog, which the same request (same slot ids) adds on retry.
        await Task.WhenAll(requested.Select(s => GrainFactory.Reference<ISlotGrain>(BookingKeys.Slot(CampaignId, s.SlotId)).Define(s)));
        await GrainFactory.Reference<ISiteGrain>(BookingKeys.Site(CampaignId, request.SiteId)).AddSlots(requested);
        if (added.Count > 0)
        {
            Campaign.Slots.AddRange(added);
            foreach (var slot in added)
            {
                _slots[slot.SlotId] = slot;
            }

            await WriteAsync();
        }

        return requested;
    }

    public Task<IReadOnlyList<SlotInfo>> GetSlotsOn(DateOnly date)
    {
        RequireDefined();
        IReadOnlyList<SlotInfo> slots = [.. Campaign.Slots.Where(s => s.Date == date).OrderBy(static s => s.Start).ThenBy(static s => s.SiteId, StringComparer.Ordinal)];
        return Task.FromResult(slots);
    }

    public Task<SanityReport> CheckSanity()
    {
        RequireDefined();
        return Task.FromResult(SanityChecker.CheckCampaign(Campaign, options.Value, timeProvider.GetUtcNow()));
    }

    public async Task<CampaignInfo> Publish()
    {
        RequireDefined();
        if (Campaign.Status == CampaignStatus.Published)
        {
            return Info();
        }

        var now = timeProvider.GetUtcNow();
        var report = SanityChecker.CheckCampaign(Campaign, options.Value, now);
        if (!report.Passed)
        {
            throw SanityFailure(report);
        }

        Campaign.Status = CampaignStatus.Published;
        Campaign.PublishedAt = now;
        await WriteAsync();
        return Info();
    }

    private static BookingException SanityFailure(SanityReport report)
        => new(
            BookingErrorCodes.SanityCheckFailed,
            "The sanity check stopped this setup: " + string.Join(" ", report.Problems.Select(static (p, i) => $"({i + 1}) {p.Message}")));

    private static void Validate(CampaignDefinition definition, TimeSpan offset)
    {
        RequireText(definition.Tenant, "tenant");
        RequireText(definition.Name, "campaign name");
        if (definition.DoseIntervalDays is < 0 or > 365)
        {
            throw new BookingException(BookingErrorCodes.InvalidRequest, $"The dose interval {definition.DoseIntervalDays} days is outside 0 (single dose) to 365.");
        }

        if (offset < TimeSpan.FromHours(-14) || offset > TimeSpan.FromHours(14) || offset.Ticks % TimeSpan.TicksPerMinute != 0)
        {
            throw new BookingException(BookingErrorCodes.InvalidRequest, "The UTC offset must be whole minutes between -14:00 and +14:00.");
        }

        if (definition.FirstDate is { } first && definition.LastDate is { } last && first > last)
        {
            throw new BookingException(BookingErrorCodes.InvalidRequest, "The campaign's first date is after its last date.");
        }
    }

    private static void RequireText(string? value, string what, int maxLength = MaxTextLength)
    {
        if (string.IsNullOrWhiteSpace(value) || value.Length > maxLength)
        {
            throw new BookingException(BookingErrorCodes.InvalidRequest, $"The {what} must be 1 to {maxLength} characters.");
        }
    }

    private void RequireDefined()
    {
        if (!Campaign.Defined)
        {
            throw new BookingException(BookingErrorCodes.UnknownCampaign, $"There is no campaign '{CampaignId}'.");
        }
    }

    private CampaignInfo Info() => new(
        CampaignId,
        Campaign.Tenant,
        Campaign.Name,
        Campaign.OpensAt,
        Campaign.DoseIntervalDays,
        Campaign.UtcOffset,
        Campaign.FirstDate,
        Campaign.LastDate,
        Campaign.Status,
        [.. Campaign.Sites],
        Campaign.Slots.Count,
        Campaign.Slots.Sum(static s => (long)s.Capacity));

    private Task WriteAsync() => StateWrites.WriteAsync(state, DeactivateOnIdle, $"Campaign {CampaignId}");
}
