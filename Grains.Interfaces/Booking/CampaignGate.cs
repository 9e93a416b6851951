namespace CheckIn.Grains.Interfaces.Booking;

/// <summary>What the reservation side needs to know about its campaign: whether and when it opens and
/// how dose 2 is placed. Once <see cref="Published"/> is true none of it changes any more, so holders
/// may keep it.</summary>
/// <param name="Published">True once the campaign is published.</param>
/// <param name="OpensAt">The opening time.</param>
/// <param name="DoseIntervalDays">Days from dose 1 to dose 2 (0: single dose).</param>
/// <param name="UtcOffset">The offset of the campaign's local time.</param>
[GenerateSerializer, Immutable, Alias("checkin.CampaignGate")]
public sealed record CampaignGate(bool Published, DateTimeOffset OpensAt, int DoseIntervalDays, TimeSpan UtcOffset)
{
    /// <summary>True when reservations are accepted at <paramref name="now"/>.</summary>
    public bool IsOpenAt(DateTimeOffset now) => Published && now >= OpensAt;
}
