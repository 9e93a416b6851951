using CheckIn.Grains.Interfaces.Booking;
using CheckIn.WebFront.Pages;

namespace CheckIn.WebFront.Booking.Pages;

/// <summary>The resident's bookings: each dose with its time, site and attendance code; cancel for an active
/// dose 1 (it cancels dose 2 too); cancelled ones below.</summary>
internal static class MyBookingsView
{
    public static HtmlContent Render(PageContext page, CampaignInfo campaign, IReadOnlyList<ResidentReservation> reservations, string? notice, string? error)
    {
        var id = campaign.CampaignId;
        var noticeBlock = notice is null ? HtmlContent.Empty : Html.Of($"<p class=\"notice\" role=\"status\">{notice}</p>");
        var errorBlock = error is null ? HtmlContent.Empty : Html.Of($"<p class=\"error\" role=\"alert\">{error}</p>");
        var active = reservations.Where(static r => r.Status == ReservationStatus.Active).ToList();
        var cancelled = reservations.Where(static r => r.Status == ReservationStatus.Cancelled).ToList();
        var series = active.GroupBy(static r => r.SeriesId).Select(g => Series(page, campaign, [.. g.OrderBy(static r => r.Reservation.Dose)]));
        var activeBlock = active.Count == 0
            ? Html.Of($"""
                <p>{page.T("予約はありません。", "You have no booking.")}</p>
                <p><a href="{ResidentPaths.Book(id)}">{page.T("接種を予約する", "Book a vaccination")}</a></p>
                """)
            : Html.Join(series);
        var cancelledBlock = cancelled.Count == 0
            ? HtmlContent.Empty
            : Html.Of($"""
                <h2>{page.T("取り消した予約", "Cancelled bookings")}</h2>
                <ul class="muted">{Html.Join(cancelled.Select(r => Html.Of($"<li>{Dose(page, r.Reservation.Dose)}: {BookingFormat.DateTime(page, r.Reservation.Start, campaign.UtcOffset)} {SiteName(campaign, r.Reservation.SiteId)}</li>")))}</ul>
                """);
        return Html.Of($"""
            <h1>{page.T("あなたの予約", "Your booking")}</h1>
            {noticeBlock}
            {errorBlock}
            {activeBlock}
            {cancelledBlock}
            <form method="post" action="{ResidentPaths.SignOut(id)}">{page.AntiforgeryField()}<button type="submit" class="link">{page.T("終了する（サインアウト）", "Sign out")}</button></form>
            """);
    }

    private static HtmlContent Series(PageContext page, CampaignInfo campaign, IReadOnlyList<ResidentReservation> doses)
    {
        var first = doses.FirstOrDefault(static d => d.Reservation.Dose == 1);
        var items = Html.Join(doses.Select(d => Html.Of($"""
            <h3>{Dose(page, d.Reservation.Dose)}</h3>
            <dl class="facts">
            <dt>{page.T("日時", "When")}</dt><dd>{BookingFormat.DateTime(page, d.Reservation.Start, campaign.UtcOffset)}</dd>
            <dt>{page.T("会場", "Site")}</dt><dd>{SiteName(campaign, d.Reservation.SiteId)}</dd>
            <dt>{page.T("受付番号", "Code to show")}</dt><dd class="code">{d.Reservation.AttendanceCode}</dd>
            </dl>
            """)));
        var cancel = first is null
            ? HtmlContent.Empty
            : Html.Of($"""
                <form method="post" action="{ResidentPaths.Cancel(campaign.CampaignId, first.Reservation.ReservationId)}">
                {page.AntiforgeryField()}
                <button type="submit">{page.T(doses.Count > 1 ? "この予約を取り消す（2回目も取り消されます）" : "この予約を取り消す", doses.Count > 1 ? "Cancel this booking (both doses)" : "Cancel this booking")}</button>
                </form>
                """);
        return Html.Of($"<section class=\"booking\">{items}{cancel}</section>");
    }

    private static string Dose(PageContext page, int dose) => dose == 1 ? page.T("1回目", "First dose") : page.T("2回目", "Second dose");

    private static string SiteName(CampaignInfo campaign, string siteId) => campaign.Sites.FirstOrDefault(s => s.SiteId == siteId)?.Name ?? siteId;
}
