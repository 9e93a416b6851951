namespace CheckIn.Grains.Interfaces.Booking;

/// <summary>A slot's seats as staff see them.</summary>
/// <param name="Slot">The slot.</param>
/// <param name="Booked">Active reservations (attended ones included).</param>
/// <param name="Held">Seats held in memory by bookings in progress.</param>
/// <param name="Attended">Reservations whose attendance was recorded.</param>
/// <param name="NoShows">Active reservations not attended once the attendance window has closed; 0 before.</param>
/// <param name="Cancelled">Cancelled reservations.</param>
/// <param name="Remaining">Free seats: capacity less booked and held.</param>
[GenerateSerializer, Immutable, Alias("checkin.SlotSummary")]
public sealed record SlotSummary(SlotInfo Slot, int Booked, int Held, int Attended, int NoShows, int Cancelled, int Remaining);
