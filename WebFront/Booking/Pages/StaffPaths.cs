namespace CheckIn.WebFront.Booking.Pages;

/// <summary>The addresses of the booking staff pages.</summary>
internal static class StaffPaths
{
    public const string Home = "/staff/booking";

    public const string CreateCampaign = "/staff/booking/campaigns";

    public static string Campaign(string campaignId) => $"/staff/booking/campaigns/{campaignId}";

    public static string Publish(string campaignId) => $"/staff/booking/campaigns/{campaignId}/publish";

    public static string Sites(string campaignId) => $"/staff/booking/campaigns/{campaignId}/sites";

    public static string Slots(string campaignId) => $"/staff/booking/campaigns/{campaignId}/slots";

    public static string Slots(string campaignId, DateOnly date) => $"/staff/booking/campaigns/{campaignId}/slots?date={BookingFormat.Iso(date)}";

    public static string Slot(string campaignId, string slotId) => $"/staff/booking/campaigns/{campaignId}/slots/{slotId}";

    public static string Attendance(string campaignId, string slotId) => $"/staff/booking/campaigns/{campaignId}/slots/{slotId}/attendance";

    public static string Vouchers(string campaignId) => $"/staff/booking/campaigns/{campaignId}/vouchers";
}
