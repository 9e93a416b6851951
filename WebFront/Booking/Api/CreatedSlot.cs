namespace CheckIn.WebFront.Booking.Api;

/// <summary>A slot as the slot-creation answer lists it.</summary>
/// <param name="SlotId">The slot's id.</param>
/// <param name="SiteId">Its site.</param>
/// <param name="Start">Its start, with the campaign's offset.</param>
/// <param name="Capacity">Its seats.</param>
public sealed record CreatedSlot(string SlotId, string SiteId, DateTimeOffset Start, int Capacity);
