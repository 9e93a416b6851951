namespace CheckIn.Grains.Booking;

/// <summary>Registered once by <see cref="BookingServiceCollectionExtensions.AddBookingServices"/>, so a second call changes nothing.</summary>
internal sealed class BookingServicesMarker;
