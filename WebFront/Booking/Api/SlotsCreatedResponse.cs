using CheckIn.Grains.Interfaces.Booking;

namespace CheckIn.WebFront.Booking.Api;

/// <summary>The answer to adding slots. Adding slots also publishes a draft campaign once the sanity check
/// passes, so that it opens at its opening time; <see cref="Problems"/> says what stops it otherwise.</summary>
/// <param name="Slots">The requested slots (existing ones included: a retry is safe).</param>
/// <param name="Status">The campaign's status after the call: <c>draft</c> or <c>published</c>.</param>
/// <param name="Problems">What the sanity check found; empty when the campaign is published.</param>
public sealed record SlotsCreatedResponse(IReadOnlyList<CreatedSlot> Slots, string Status, IReadOnlyList<SanityProblem> Problems);
