using CheckIn.Grains.Interfaces.Booking;

namespace CheckIn.WebFront.Booking.Api;

/// <summary>The public availability feed of one date (it may lag the slots by a few seconds).</summary>
/// <param name="Date">The local date.</param>
/// <param name="AsOf">When the figures were taken.</param>
/// <param name="Slots">The date's slots with their free seats.</param>
public sealed record AvailabilityResponse(DateOnly Date, DateTimeOffset AsOf, IReadOnlyList<SlotAvailability> Slots);
