using CheckIn.Grains.Interfaces.Booking;

namespace CheckIn.WebFront.Booking.Api;

/// <summary>A slot's seats as staff see them.</summary>
/// <param name="SlotId">The slot.</param>
/// <param name="SiteId">Its site.</param>
/// <param name="Start">Its start.</param>
/// <param name="Capacity">Its seats.</param>
/// <param name="Booked">Active reservations (attended ones included).</param>
/// <param name="Attended">Reservations whose attendance was recorded.</param>
/// <param name="NoShows">Active reservations not attended once the attendance window has closed.</param>
/// <param name="Held">Seats held by bookings in progress.</param>
/// <param name="Cancelled">Cancelled reservations.</param>
/// <param name="Remaining">Free seats.</param>
public sealed record SlotSummaryResponse(string SlotId, string SiteId, DateTimeOffset Start, int Capacity, int Booked, int Attended, int NoShows, int Held, int Cancelled, int Remaining)
{
    /// <summary>The response for a slot grain's summary.</summary>
    public static SlotSummaryResponse From(SlotSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var slot = summary.Slot;
        return new SlotSummaryResponse(slot.SlotId, slot.SiteId, slot.Start, slot.Capacity, summary.Booked, summary.Attended, summary.NoShows, summary.Held, summary.Cancelled, summary.Remaining);
    }
}
