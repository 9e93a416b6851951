namespace CheckIn.Grains.Interfaces.Booking;

/// <summary>The free seats of a campaign's slots on one local date, as of <see cref="AsOf"/> (it may lag
/// the slots by a few seconds).</summary>
/// <param name="Date">The local date.</param>
/// <param name="AsOf">When the aggregate was taken.</param>
/// <param name="Slots">The slots, by start then site.</param>
[GenerateSerializer, Immutable, Alias("checkin.AvailabilitySnapshot")]
public sealed record AvailabilitySnapshot(DateOnly Date, DateTimeOffset AsOf, IReadOnlyList<SlotAvailability> Slots);
