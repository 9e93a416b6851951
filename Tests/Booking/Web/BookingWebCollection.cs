namespace CheckIn.Tests.Booking.Web;

/// <summary>The booking HTTP tests that share one <see cref="BookingWebFixture"/>.</summary>
[CollectionDefinition(Name)]
public sealed class BookingWebCollection : ICollectionFixture<BookingWebFixture>
{
    public const string Name = "booking-web";
}
