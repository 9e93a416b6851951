namespace CheckIn.Grains.Interfaces.Booking;

/// <summary>Slots to add at one site on one local date, all with the same capacity.</summary>
/// <param name="SiteId">The site.</param>
/// <param name="Date">The local date.</param>
/// <param name="Times">The local start times.</param>
/// <param name="Capacity">Seats per slot, 1 to 10,000.</param>
[GenerateSerializer, Immutable, Alias("checkin.AddSlotsRequest")]
public sealed record AddSlotsRequest(string SiteId, DateOnly Date, IReadOnlyList<TimeOnly> Times, int Capacity);
