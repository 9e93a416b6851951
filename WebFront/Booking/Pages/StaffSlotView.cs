using CheckIn.Grains.Interfaces.Booking;
using CheckIn.WebFront.Pages;

namespace CheckIn.WebFront.Booking.Pages;

/// <summary>One slot: its seats, and the form that records a resident's attendance by the one-time code.</summary>
internal static class StaffSlotView
{
    public static HtmlContent Render(PageContext page, CampaignInfo campaign, SlotSummary summary, string? notice, string? error)
    {
        var slot = summary.Slot;
        var id = campaign.CampaignId;
        var site = campaign.Sites.FirstOrDefault(s => s.SiteId == slot.SiteId)?.Name ?? slot.SiteId;
        var errorBlock = error is null ? HtmlContent.Empty : Html.Of($"<p class=\"error\" role=\"alert\">{error}</p>");
        return Html.Of($"""
            <p><a href="{StaffPaths.Slots(id, slot.Date)}">{page.T("予約枠の一覧", "All slots of the day")}</a></p>
            <h1>{BookingFormat.Date(page, slot.Date)} {BookingFormat.Time(slot.Time)} {site}</h1>
            {StaffNotices.Render(notice, null)}
            {errorBlock}
            <dl class="cards">
            <div><dt>{page.T("定員", "Seats")}</dt><dd id="slot-capacity">{slot.Capacity}</dd></div>
            <div><dt>{page.T("予約", "Booked")}</dt><dd id="slot-booked">{summary.Booked}</dd></div>
            <div><dt>{page.T("来場", "Attended")}</dt><dd id="slot-attended">{summary.Attended}</dd></div>
            <div><dt>{page.T("未来場", "No-shows")}</dt><dd>{summary.NoShows}</dd></div>
            <div><dt>{page.T("取消", "Cancelled")}</dt><dd>{summary.Cancelled}</dd></div>
            <div><dt>{page.T("空き", "Free")}</dt><dd>{summary.Remaining}</dd></div>
            </dl>
            <h2>{page.T("来場の記録", "Record attendance")}</h2>
            <form method="post" action="{StaffPaths.Attendance(id, slot.SlotId)}" class="stack">
            {page.AntiforgeryField()}
            <label for="attendanceCode">{page.T("受付番号（8桁）", "Attendance code (8 digits)")}</label>
            <input id="attendanceCode" name="attendanceCode" type="text" inputmode="numeric" autocomplete="off" required maxlength="16">
            <button type="submit">{page.T("来場を記録", "Record")}</button>
            </form>
            """);
    }
}
