namespace CheckIn.Grains.Interfaces.Booking;

/// <summary>A slot's free seats for the public availability feed.</summary>
/// <param name="SlotId">The slot.</param>
/// <param name="SiteId">Its site.</param>
/// <param name="Start">Its start.</param>
/// <param name="Capacity">Its seats.</param>
/// <param name="Remaining">Its free seats.</param>
[GenerateSerializer, Immutable, Alias("checkin.SlotAvailability")]
public sealed record SlotAvailability(string SlotId, string SiteId, DateTimeOffset Start, int Capacity, int Remaining);
