namespace CheckIn.Grains.Interfaces.Booking;

/// <summary>What staff set up a campaign with.</summary>
/// <param name="Tenant">The municipality that owns the campaign.</param>
/// <param name="Name">A name for people.</param>
/// <param name="OpensAt">The opening time: no reservation is taken before it (a hard gate).</param>
/// <param name="DoseIntervalDays">Days from dose 1 to dose 2, 1 to 365; 0 for a single-dose campaign.</param>
/// <param name="UtcOffset">The offset of the campaign's local time, in which slot dates and times are
/// given; the configured default (+09:00) when null.</param>
/// <param name="FirstDate">The first local date a slot may fall on, if the campaign is limited.</param>
/// <param name="LastDate">The last local date a slot may fall on, if the campaign is limited.</param>
[GenerateSerializer, Immutable, Alias("checkin.CampaignDefinition")]
public sealed record CampaignDefinition(
    string Tenant,
    string Name,
    DateTimeOffset OpensAt,
    int DoseIntervalDays,
    TimeSpan? UtcOffset = null,
    DateOnly? FirstDate = null,
    DateOnly? LastDate = null);
