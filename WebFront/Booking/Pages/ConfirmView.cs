using CheckIn.Grains.Interfaces.Booking;
using CheckIn.WebFront.Pages;

namespace CheckIn.WebFront.Booking.Pages;

/// <summary>The chosen time, and where dose 2 will go, with the button that books. The form carries an
/// idempotency key made for this page, so that pressing the button twice books once.</summary>
internal static class ConfirmView
{
    public static HtmlContent Render(PageContext page, CampaignInfo campaign, SlotAvailability slot, string idempotencyKey, string? error)
    {
        var errorBlock = error is null ? HtmlContent.Empty : Html.Of($"<p class=\"error\" role=\"alert\">{error}</p>");
        var site = campaign.Sites.FirstOrDefault(s => s.SiteId == slot.SiteId);
        var date = BookingFormat.LocalDate(slot.Start, campaign.UtcOffset);
        var secondDose = campaign.DoseIntervalDays == 0
            ? HtmlContent.Empty
            : Html.Of($"""
                <dt>{page.T("2回目", "Second dose")}</dt>
                <dd>{page.T(
                    $"{BookingFormat.Date(page, date.AddDays(campaign.DoseIntervalDays))} の同じ時刻・同じ会場で自動的に予約されます（空きがなければ同じ日の近い時刻）。",
                    $"Booked for you on {BookingFormat.Date(page, date.AddDays(campaign.DoseIntervalDays))} at the same time and site (or the nearest free time that day).")}</dd>
                """);
        return Html.Of($"""
            <h1>{page.T("予約内容の確認", "Check your booking")}</h1>
            {errorBlock}
            <dl class="facts">
            <dt>{page.T("1回目", "First dose")}</dt><dd>{BookingFormat.DateTime(page, slot.Start, campaign.UtcOffset)}</dd>
            <dt>{page.T("会場", "Site")}</dt><dd>{site?.Name ?? slot.SiteId}<br><span class="muted">{site?.Address ?? ""}</span></dd>
            {secondDose}
            </dl>
            <form method="post" action="{ResidentPaths.Book(campaign.CampaignId)}" class="stack">
            {page.AntiforgeryField()}
            <input type="hidden" name="slotId" value="{slot.SlotId}">
            <input type="hidden" name="date" value="{BookingFormat.Iso(date)}">
            <input type="hidden" name="idempotencyKey" value="{idempotencyKey}">
            <button type="submit">{page.T("この内容で予約する", "Book this time")}</button>
            </form>
            <p><a href="{ResidentPaths.Book(campaign.CampaignId, date, null)}">{page.T("別の時間を選ぶ", "Choose another time")}</a></p>
            """);
    }
}
