using CheckIn.WebFront.Booking.Api;
using CheckIn.WebFront.Booking.Pages;
using CheckIn.WebFront.Booking.WaitingRoom;

namespace CheckIn.WebFront.Booking;

/// <summary>Maps the booking area: the staff and resident API, the waiting room, and the resident and staff
/// pages (API.md, Vaccination booking).</summary>
public static class BookingApi
{
    public static IEndpointRouteBuilder MapBookingApi(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapCampaignStaffApi();
        app.MapResidentBookingApi();
        app.MapWaitingRoomApi();
        app.MapResidentPages();
        app.MapStaffBookingPages();
        return app;
    }
}
