namespace CheckIn.Grains.Interfaces.Booking;

/// <summary>What <see cref="IResidentGrain.TryBook"/> answers: the booking, or why nothing was booked.</summary>
/// <param name="Booked">The booking, when it was made (or an earlier one replayed by its Idempotency-Key).</param>
/// <param name="Refusal">Why nothing was booked, otherwise; nothing was changed.</param>
[GenerateSerializer, Immutable, Alias("checkin.BookingAttempt")]
public sealed record BookingAttempt(BookingResult? Booked, BookingRefusal? Refusal)
{
    /// <summary>The booking, or the refusal thrown as a <see cref="BookingException"/>.</summary>
    public BookingResult BookedOrThrow() => Booked ?? throw Refusal!.ToException();
}
