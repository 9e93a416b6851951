using System.Globalization;
using CheckIn.Grains.Interfaces.Booking;
using CheckIn.WebFront.Pages;

namespace CheckIn.WebFront.Booking.Pages;

/// <summary>The resident chooses a day, optionally a site, then a time with free seats. Plain GET forms and
/// radio buttons: it works the same without JavaScript.</summary>
internal static class SlotPickerView
{
    public static HtmlContent Render(PageContext page, CampaignInfo campaign, DateOnly date, string? siteId, IReadOnlyList<SlotAvailability> slots, DateOnly today, string? error)
    {
        var id = campaign.CampaignId;
        var errorBlock = error is null ? HtmlContent.Empty : Html.Of($"<p class=\"error\" role=\"alert\">{error}</p>");
        var siteOptions = Html.Join(campaign.Sites.Select(s => s.SiteId == siteId
            ? Html.Of($"<option value=\"{s.SiteId}\" selected>{s.Name}</option>")
            : Html.Of($"<option value=\"{s.SiteId}\">{s.Name}</option>")));
        var previous = date > today
            ? Html.Of($"<a href=\"{ResidentPaths.Book(id, date.AddDays(-1), siteId)}\" rel=\"prev\">← {page.T("前の日", "Previous day")}</a>")
            : Html.Of($"<span></span>");
        var next = Html.Of($"<a href=\"{ResidentPaths.Book(id, date.AddDays(1), siteId)}\" rel=\"next\">{page.T("次の日", "Next day")} →</a>");
        return Html.Of($"""
            <h1>{page.T("日時と会場を選ぶ", "Choose a day, site and time")}</h1>
            {errorBlock}
            <form method="get" action="{ResidentPaths.Book(id)}" class="stack">
            <label for="date">{page.T("日付", "Day")}</label>
            <input id="date" name="date" type="date" required value="{BookingFormat.Iso(date)}" min="{BookingFormat.Iso(today)}"{Max(campaign)}>
            <label for="siteId">{page.T("会場", "Site")}</label>
            <select id="siteId" name="siteId"><option value="">{page.T("すべての会場", "All sites")}</option>{siteOptions}</select>
            <button type="submit">{page.T("空き状況を見る", "Show free times")}</button>
            </form>
            <nav class="day-nav" aria-label="{page.T("日付の移動", "Days")}">{previous}{next}</nav>
            <h2>{page.T($"{BookingFormat.Date(page, date)} の空き状況", $"Free times on {BookingFormat.Date(page, date)}")}</h2>
            {Times(page, campaign, date, slots)}
            <p><a href="{ResidentPaths.Mine(id)}">{page.T("予約の確認・取り消し", "See or cancel your booking")}</a></p>
            """);
    }

    private static HtmlContent Times(PageContext page, CampaignInfo campaign, DateOnly date, IReadOnlyList<SlotAvailability> slots)
    {
        if (slots.Count == 0)
        {
            return Html.Of($"<p>{page.T("この日に予約できる枠はありません。別の日を選んでください。", "There are no times to book on this day. Please choose another day.")}</p>");
        }

        var items = Html.Join(slots.Select(slot =>
        {
            var time = BookingFormat.Time(TimeOnly.FromDateTime(slot.Start.ToOffset(campaign.UtcOffset).DateTime));
            var site = campaign.Sites.FirstOrDefault(s => s.SiteId == slot.SiteId)?.Name ?? slot.SiteId;
            var radioId = "slot-" + slot.SlotId;
            if (slot.Remaining <= 0)
            {
                return Html.Of($"""<li class="full"><input type="radio" id="{radioId}" name="slotId" value="{slot.SlotId}" disabled><label for="{radioId}">{time} {site} <span class="seats">{page.T("満席", "Full")}</span></label></li>""");
            }

            var seats = page.T(string.Create(CultureInfo.InvariantCulture, $"残り{slot.Remaining}席"), string.Create(CultureInfo.InvariantCulture, $"{slot.Remaining} left"));
            return Html.Of($"""<li><input type="radio" id="{radioId}" name="slotId" value="{slot.SlotId}" required><label for="{radioId}">{time} {site} <span class="seats">{seats}</span></label></li>""");
        }));
        return Html.Of($"""
            <form method="get" action="{ResidentPaths.Confirm(campaign.CampaignId)}">
            <input type="hidden" name="date" value="{BookingFormat.Iso(date)}">
            <fieldset>
            <legend>{page.T("時間を選んでください", "Choose a time")}</legend>
            <ul class="choices">{items}</ul>
            </fieldset>
            <button type="submit">{page.T("この時間で確認する", "Continue with this time")}</button>
            </form>
            <p class="muted">{page.T("空き状況は数秒遅れて表示されることがあります。", "Free seats may be a few seconds out of date.")}</p>
            """);
    }

    private static HtmlContent Max(CampaignInfo campaign)
        => campaign.LastDate is { } last ? Html.Of($" max=\"{BookingFormat.Iso(last)}\"") : HtmlContent.Empty;
}
