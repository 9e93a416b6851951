using CheckIn.Grains.Interfaces.Booking;

namespace CheckIn.WebFront.Booking.Campaigns;

/// <summary>What adding slots did.</summary>
/// <param name="Slots">The requested slots.</param>
/// <param name="Status">The campaign's status afterwards.</param>
/// <param name="Problems">What stops the campaign from being published; empty once it is.</param>
public sealed record SlotsAdded(IReadOnlyList<SlotInfo> Slots, CampaignStatus Status, IReadOnlyList<SanityProblem> Problems);
