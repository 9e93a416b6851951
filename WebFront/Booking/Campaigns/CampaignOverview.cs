using CheckIn.Grains.Interfaces.Booking;

namespace CheckIn.WebFront.Booking.Campaigns;

/// <summary>A campaign with what the sanity check says about it.</summary>
/// <param name="Info">The campaign.</param>
/// <param name="Problems">What stops a draft from being published; empty for a published campaign.</param>
public sealed record CampaignOverview(CampaignInfo Info, IReadOnlyList<SanityProblem> Problems);
