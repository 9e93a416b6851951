namespace CheckIn.Grains.Interfaces.Booking;

/// <summary>A slot of the catalog: where, when, how many seats.</summary>
/// <param name="SlotId">The slot's id within the campaign.</param>
/// <param name="SiteId">Its site.</param>
/// <param name="Date">Its local date.</param>
/// <param name="Time">Its local start time.</param>
/// <param name="Start">Its start as an instant (the local date and time at the campaign's offset).</param>
/// <param name="Capacity">Its seats.</param>
[GenerateSerializer, Immutable, Alias("checkin.SlotInfo")]
public sealed record SlotInfo(string SlotId, string SiteId, DateOnly Date, TimeOnly Time, DateTimeOffset Start, int Capacity);
