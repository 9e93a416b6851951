using CheckIn.Grains.Interfaces.Booking;

namespace CheckIn.Grains.Booking;

/// <summary>A seat held in memory for a booking in progress, until it is confirmed or expires.</summary>
/// <param name="Request">Who holds it, for which reservation.</param>
/// <param name="AttendanceCode">The code handed out with the hold.</param>
/// <param name="ExpiresAt">When the seat is free again if not confirmed.</param>
internal sealed record SeatHold(SlotHoldRequest Request, string AttendanceCode, DateTimeOffset ExpiresAt);
