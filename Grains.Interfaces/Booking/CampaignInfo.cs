namespace CheckIn.Grains.Interfaces.Booking;

/// <summary>A campaign as staff see it.</summary>
/// <param name="CampaignId">The campaign's id.</param>
/// <param name="Tenant">The municipality that owns it.</param>
/// <param name="Name">Its name.</param>
/// <param name="OpensAt">The opening time.</param>
/// <param name="DoseIntervalDays">Days from dose 1 to dose 2 (0: single dose).</param>
/// <param name="UtcOffset">The offset of its local time.</param>
/// <param name="FirstDate">The first allowed slot date, if limited.</param>
/// <param name="LastDate">The last allowed slot date, if limited.</param>
/// <param name="Status">Draft or published.</param>
/// <param name="Sites">Its sites.</param>
/// <param name="SlotCount">How many slots it has.</param>
/// <param name="TotalCapacity">The seats of all its slots together.</param>
[GenerateSerializer, Immutable, Alias("checkin.CampaignInfo")]
public sealed record CampaignInfo(
    string CampaignId,
    string Tenant,
    string Name,
    DateTimeOffset OpensAt,
    int DoseIntervalDays,
    TimeSpan UtcOffset,
    DateOnly? FirstDate,
    DateOnly? LastDate,
    CampaignStatus Status,
    IReadOnlyList<SiteInfo> Sites,
    int SlotCount,
    long TotalCapacity);
