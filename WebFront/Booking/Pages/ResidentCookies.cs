using CheckIn.WebFront.Booking.Sessions;
using CheckIn.WebFront.Booking.WaitingRoom;

namespace CheckIn.WebFront.Booking.Pages;

/// <summary>The resident pages' cookies: the session, the waiting-room ticket and the admission, each HttpOnly
/// and scoped to the campaign's pages (<c>/booking/{campaignId}</c>), so one campaign's never reach another's.</summary>
internal static class ResidentCookies
{
    public static string? Session(HttpContext http) => Read(http, ResidentSessions.CookieName);

    public static string? Ticket(HttpContext http) => Read(http, WaitingRoomGate.TicketCookie);

    public static string? Admission(HttpContext http) => Read(http, WaitingRoomGate.AdmissionCookie);

    public static void SetSession(HttpContext http, string campaignId, IssuedSession session)
        => Set(http, campaignId, ResidentSessions.CookieName, session.Token, session.ExpiresAt);

    public static void SetTicket(HttpContext http, string campaignId, string ticket, DateTimeOffset expiresAt)
        => Set(http, campaignId, WaitingRoomGate.TicketCookie, ticket, expiresAt);

    public static void SetAdmission(HttpContext http, string campaignId, string admission, DateTimeOffset expiresAt)
        => Set(http, campaignId, WaitingRoomGate.AdmissionCookie, admission, expiresAt);

    public static void ClearSession(HttpContext http, string campaignId)
        => http.Response.Cookies.Delete(ResidentSessions.CookieName, Options(http, campaignId, null));

    private static string? Read(HttpContext http, string name) => http.Request.Cookies.TryGetValue(name, out var value) ? value : null;

    private static void Set(HttpContext http, string campaignId, string name, string value, DateTimeOffset expiresAt)
        => http.Response.Cookies.Append(name, value, Options(http, campaignId, expiresAt));

    // Lax, not Strict: a resident arriving from the municipality's site by a link must arrive signed in.
    // Every state change is a POST with an anti-forgery token.
    private static CookieOptions Options(HttpContext http, string campaignId, DateTimeOffset? expiresAt) => new()
    {
        HttpOnly = true,
        SameSite = SameSiteMode.Lax,
        Secure = http.Request.IsHttps,
        Path = ResidentSessions.CookiePath(campaignId),
        Expires = expiresAt,
        IsEssential = true,
    };
}
