using Orleans.Concurrency;

namespace CheckIn.Grains.Interfaces.Booking;

/// <summary>A vaccination site (key: <see cref="BookingKeys.Site"/>): its profile and the index of its
/// slots by date that the dose-2 search reads.</summary>
[Alias("checkin.ISiteGrain")]
public interface ISiteGrain : IGrainWithStringKey
{
    /// <summary>Stores the site's profile (the campaign calls this when it adds the site).</summary>
    Task Define(SiteDefinition site);

    /// <summary>The site; <c>unknown_site</c> if it was never defined.</summary>
    [ReadOnly]
    Task<SiteInfo> GetInfo();

    /// <summary>Adds catalog entries of this site (the campaign calls this); entries it has are kept.</summary>
    Task AddSlots(IReadOnlyList<SlotInfo> slots);

    /// <summary>The site's slots on a local date, by start time.</summary>
    [ReadOnly]
    Task<IReadOnlyList<SlotInfo>> GetSlotsOn(DateOnly date);
}
