using CheckIn.Grains.Interfaces.Booking;

namespace CheckIn.Tests.Booking;

/// <summary>The HTTP statuses the web front gives the domain's refusals.</summary>
public sealed class BookingErrorCodesTests
{
    [Theory]
    [InlineData(BookingErrorCodes.NotOpen, 403)]
    [InlineData(BookingErrorCodes.SlotFull, 409)]
    [InlineData(BookingErrorCodes.AlreadyBooked, 409)]
    [InlineData(BookingErrorCodes.InvalidVoucher, 401)]
    [InlineData(BookingErrorCodes.LockedOut, 429)]
    [InlineData(BookingErrorCodes.UnknownCode, 404)]
    [InlineData(BookingErrorCodes.UnknownReservation, 404)]
    [InlineData(BookingErrorCodes.InvalidRequest, 400)]
    [InlineData(BookingErrorCodes.SanityCheckFailed, 422)]
    [InlineData(BookingErrorCodes.Unavailable, 503)]
    public void StatusCodeOf_Code_IsTheContractsStatus(string code, int status)
    {
        Assert.Equal(status, BookingErrorCodes.StatusCodeOf(code));
        Assert.Equal(status, new BookingException(code, "m").StatusCode);
    }
}
