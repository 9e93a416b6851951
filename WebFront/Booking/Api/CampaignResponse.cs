using CheckIn.Grains.Interfaces.Booking;

namespace CheckIn.WebFront.Booking.Api;

/// <summary>A campaign as staff see it, with what the sanity check says about it.</summary>
/// <param name="CampaignId">Its id.</param>
/// <param name="Tenant">The municipality that owns it.</param>
/// <param name="Name">Its name.</param>
/// <param name="OpensAt">The opening time.</param>
/// <param name="DoseIntervalDays">Days from dose 1 to dose 2 (0: single dose).</param>
/// <param name="UtcOffset">The offset of its local time, <c>+09:00</c>.</param>
/// <param name="FirstDate">The first allowed slot date, if limited.</param>
/// <param name="LastDate">The last allowed slot date, if limited.</param>
/// <param name="Status"><c>draft</c> or <c>published</c>: bookings are taken from the opening time of a published campaign.</param>
/// <param name="Sites">Its sites.</param>
/// <param name="SlotCount">How many slots it has.</param>
/// <param name="TotalCapacity">Seats in all its slots.</param>
/// <param name="Problems">What stops a draft from being published; empty when it may open.</param>
public sealed record CampaignResponse(
    string CampaignId,
    string Tenant,
    string Name,
    DateTimeOffset OpensAt,
    int DoseIntervalDays,
    string UtcOffset,
    DateOnly? FirstDate,
    DateOnly? LastDate,
    string Status,
    IReadOnlyList<SiteInfo> Sites,
    int SlotCount,
    long TotalCapacity,
    IReadOnlyList<SanityProblem> Problems)
{
    /// <summary>The response for <paramref name="info"/> and the sanity check's findings.</summary>
    public static CampaignResponse From(CampaignInfo info, IReadOnlyList<SanityProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(info);
        return new(
            info.CampaignId,
            info.Tenant,
            info.Name,
            info.OpensAt,
            info.DoseIntervalDays,
            BookingInput.FormatOffset(info.UtcOffset),
            info.FirstDate,
            info.LastDate,
            StatusName(info.Status),
            info.Sites,
            info.SlotCount,
            info.TotalCapacity,
            problems);
    }

    /// <summary>The status as the API writes it.</summary>
    public static string StatusName(CampaignStatus status) => status == CampaignStatus.Published ? "published" : "draft";
}
