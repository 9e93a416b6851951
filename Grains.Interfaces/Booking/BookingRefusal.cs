namespace CheckIn.Grains.Interfaces.Booking;

/// <summary>A refusal returned as a value: what <see cref="BookingException"/> carries, without the cost of
/// throwing. The opening-day stampede refuses most requests (<c>slot_full</c>), so the hot calls answer refusals
/// this way and the web front turns them into problem responses directly.</summary>
/// <param name="Code">One of <see cref="BookingErrorCodes"/>.</param>
/// <param name="Message">What happened, for people.</param>
[GenerateSerializer, Immutable, Alias("checkin.BookingRefusal")]
public sealed record BookingRefusal(string Code, string Message)
{
    /// <summary>The same refusal as an exception, for callers that use the throwing methods.</summary>
    public BookingException ToException() => new(Code, Message);
}
