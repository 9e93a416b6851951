namespace CheckIn.WebFront.Booking.Pages;

/// <summary>The addresses of a campaign's resident pages.</summary>
internal static class ResidentPaths
{
    public static string Start(string campaignId) => $"/booking/{campaignId}";

    public static string SignIn(string campaignId) => $"/booking/{campaignId}/signin";

    public static string Book(string campaignId) => $"/booking/{campaignId}/book";

    public static string Book(string campaignId, DateOnly date, string? siteId)
        => $"/booking/{campaignId}/book?date={BookingFormat.Iso(date)}" + (string.IsNullOrEmpty(siteId) ? "" : "&siteId=" + Uri.EscapeDataString(siteId));

    public static string Confirm(string campaignId) => $"/booking/{campaignId}/confirm";

    public static string Mine(string campaignId) => $"/booking/{campaignId}/mine";

    public static string Cancel(string campaignId, string reservationId) => $"/booking/{campaignId}/reservations/{reservationId}/cancel";

    public static string SignOut(string campaignId) => $"/booking/{campaignId}/signout";

    public static string WaitingRoom(string campaignId, string returnUrl) => $"/booking/{campaignId}/waiting-room?returnUrl={Uri.EscapeDataString(returnUrl)}";

    /// <summary>A return address on this campaign's pages, else the start page (no open redirects, and no
    /// sending a resident to another campaign's pages).</summary>
    public static string Local(string campaignId, string? returnUrl)
    {
        var start = Start(campaignId);
        var url = global::CheckIn.WebFront.Pages.LocalUrl.OrDefault(returnUrl, start);
        return url == start || url.StartsWith(start + "/", StringComparison.Ordinal) || url.StartsWith(start + "?", StringComparison.Ordinal) ? url : start;
    }
}
