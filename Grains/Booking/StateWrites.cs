using CheckIn.Grains.Interfaces.Booking;

namespace CheckIn.Grains.Booking;

/// <summary>Writes of the booking grains' state. A failed write leaves the activation's memory ahead of
/// (or beside) what is stored, so the grain is deactivated and the next call reloads the stored truth;
/// the caller gets <c>unavailable</c>.</summary>
internal static class StateWrites
{
    public static async Task WriteAsync<TState>(IPersistentState<TState> state, Action deactivate, string what)
    {
        try
        {
            await state.WriteStateAsync();
        }
        catch (Exception exception) when (exception is not BookingException)
        {
            deactivate();
            throw Unavailable(what, exception);
        }
    }

    public static BookingException Unavailable(string what, Exception exception)
        => new(BookingErrorCodes.Unavailable, $"{what} could not be stored ({exception.GetType().Name}: {exception.Message}); nothing was confirmed, try again.");
}
