using CheckIn.Grains.Interfaces.Booking;

namespace CheckIn.Tests.Booking;

/// <summary>Asserts that a booking call is refused with a given code.</summary>
public static class BookingAssert
{
    public static async Task<BookingException> RefusedAsync(string code, Func<Task> call)
    {
        var exception = await Assert.ThrowsAsync<BookingException>(call);
        Assert.True(exception.Code == code, $"Expected code '{code}' but got '{exception.Code}': {exception.Message}");
        return exception;
    }
}
