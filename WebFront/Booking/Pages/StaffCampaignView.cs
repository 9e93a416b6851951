using System.Globalization;
using CheckIn.Grains.Interfaces.Booking;
using CheckIn.WebFront.Booking.Api;
using CheckIn.WebFront.Booking.Campaigns;
using CheckIn.WebFront.Pages;

namespace CheckIn.WebFront.Booking.Pages;

/// <summary>A campaign's staff page: its facts, what the sanity check says, its sites, and the forms that add
/// sites and slots; links to voucher import, slots and attendance, and the residents' page.</summary>
internal static class StaffCampaignView
{
    public static HtmlContent Render(PageContext page, CampaignOverview overview, DateOnly today, string? notice, IReadOnlyList<string>? errors, SlotsForm? slotsForm = null, SiteForm? siteForm = null)
    {
        var campaign = overview.Info;
        var id = campaign.CampaignId;
        var published = campaign.Status == CampaignStatus.Published;
        var status = published ? page.T("公開中（受付開始時刻から予約可能）", "Published (bookable from its opening time)") : page.T("下書き（予約不可）", "Draft (not bookable)");
        var problems = overview.Problems.Count == 0
            ? HtmlContent.Empty
            : Html.Of($"""
                <h2>{page.T("公開できない理由", "What stops publication")}</h2>
                <ul class="error">{Html.Join(overview.Problems.Select(static p => Html.Of($"<li><code>{p.Code}</code> {p.Message}</li>")))}</ul>
                """);
        var publish = published
            ? HtmlContent.Empty
            : Html.Of($"""
                <form method="post" action="{StaffPaths.Publish(id)}">{page.AntiforgeryField()}<button type="submit">{page.T("確認して公開する", "Check and publish")}</button></form>
                <p class="muted">{page.T("枠を追加すると、確認に通った時点で自動的に公開されます。", "Adding slots publishes the campaign as soon as it passes the check.")}</p>
                """);
        var sites = campaign.Sites.Count == 0
            ? Html.Of($"<p>{page.T("会場はまだありません。", "No sites yet.")}</p>")
            : Html.Of($"""
                <div class="table-wrap"><table>
                <caption>{page.T("会場", "Sites")}</caption>
                <thead><tr><th scope="col">{page.T("名前", "Name")}</th><th scope="col">{page.T("住所", "Address")}</th><th scope="col">ID</th></tr></thead>
                <tbody>{Html.Join(campaign.Sites.Select(static s => Html.Of($"<tr><td>{s.Name}</td><td>{s.Address}</td><td><code>{s.SiteId}</code></td></tr>")))}</tbody>
                </table></div>
                """);
        var siteOptions = Html.Join(campaign.Sites.Select(s => s.SiteId == slotsForm?.SiteId
            ? Html.Of($"<option value=\"{s.SiteId}\" selected>{s.Name}</option>")
            : Html.Of($"<option value=\"{s.SiteId}\">{s.Name}</option>")));
        var slotsFormBlock = campaign.Sites.Count == 0
            ? HtmlContent.Empty
            : Html.Of($"""
                <h2>{page.T("予約枠を追加", "Add slots")}</h2>
                <form method="post" action="{StaffPaths.Slots(id)}" class="stack">
                {page.AntiforgeryField()}
                <label for="slot-site">{page.T("会場", "Site")}</label>
                <select id="slot-site" name="siteId" required>{siteOptions}</select>
                <label for="slot-date">{page.T("日付", "Day")}</label>
                <input id="slot-date" name="date" type="date" required value="{slotsForm?.Date ?? ""}">
                <label for="slot-times">{page.T("開始時刻（HH:mm、空白・カンマ・改行区切り）", "Start times (HH:mm, separated by spaces, commas or lines)")}</label>
                <textarea id="slot-times" name="times" required rows="3">{slotsForm?.Times ?? "09:00 09:30 10:00 10:30 11:00"}</textarea>
                <label for="slot-capacity">{page.T("1枠の定員", "Seats per slot")}</label>
                <input id="slot-capacity" name="capacity" type="number" required min="1" max="{CampaignInput.MaxCapacity}" value="{slotsForm?.Capacity ?? ""}">
                <button type="submit">{page.T("追加する", "Add")}</button>
                </form>
                """);
        return Html.Of($"""
            <p><a href="{StaffPaths.Home}">{page.T("接種予約の管理", "Vaccination booking")}</a></p>
            <h1>{campaign.Name}</h1>
            {StaffNotices.Render(notice, errors)}
            <dl class="facts">
            <dt>{page.T("状態", "Status")}</dt><dd id="campaign-status" data-status="{CampaignResponse.StatusName(campaign.Status)}">{status}</dd>
            <dt>{page.T("キャンペーンID", "Campaign id")}</dt><dd><code>{id}</code></dd>
            <dt>{page.T("予約受付開始", "Booking opens")}</dt><dd>{BookingFormat.DateTime(page, campaign.OpensAt, campaign.UtcOffset)} ({BookingInput.FormatOffset(campaign.UtcOffset)})</dd>
            <dt>{page.T("接種間隔", "Dose interval")}</dt><dd>{Interval(page, campaign)}</dd>
            <dt>{page.T("接種期間", "Vaccination days")}</dt><dd>{Range(page, campaign)}</dd>
            <dt>{page.T("枠数・定員合計", "Slots, seats")}</dt><dd>{campaign.SlotCount.ToString("N0", CultureInfo.InvariantCulture)} / {campaign.TotalCapacity.ToString("N0", CultureInfo.InvariantCulture)}</dd>
            <dt>{page.T("住民向けページ", "Residents' page")}</dt><dd><a href="{ResidentPaths.Start(id)}">{ResidentPaths.Start(id)}</a></dd>
            </dl>
            {problems}
            {publish}
            <h2>{page.T("接種券・予約枠・来場", "Vouchers, slots, attendance")}</h2>
            <ul>
            <li><a href="{StaffPaths.Vouchers(id)}">{page.T("接種券の取り込み（CSV）", "Import vouchers (CSV)")}</a></li>
            <li><a href="{StaffPaths.Slots(id, campaign.FirstDate ?? today)}">{page.T("日ごとの予約枠と来場記録", "Slots and attendance by day")}</a></li>
            </ul>
            <h2>{page.T("会場", "Sites")}</h2>
            {sites}
            <form method="post" action="{StaffPaths.Sites(id)}" class="stack">
            {page.AntiforgeryField()}
            <label for="site-name">{page.T("会場名", "Site name")}</label>
            <input id="site-name" name="name" type="text" required maxlength="{CampaignInput.MaxNameLength}" value="{siteForm?.Name ?? ""}">
            <label for="site-address">{page.T("住所", "Address")}</label>
            <input id="site-address" name="address" type="text" required maxlength="{CampaignInput.MaxAddressLength}" value="{siteForm?.Address ?? ""}">
            <button type="submit">{page.T("会場を追加", "Add site")}</button>
            </form>
            {slotsFormBlock}
            """);
    }

    private static string Interval(PageContext page, CampaignInfo campaign)
        => campaign.DoseIntervalDays == 0
            ? page.T("1回接種", "One dose")
            : page.T($"{campaign.DoseIntervalDays}日", $"{campaign.DoseIntervalDays} days");

    private static string Range(PageContext page, CampaignInfo campaign)
        => campaign.FirstDate is null && campaign.LastDate is null
            ? page.T("制限なし", "Not limited")
            : $"{(campaign.FirstDate is { } first ? BookingFormat.Date(page, first) : "…")} – {(campaign.LastDate is { } last ? BookingFormat.Date(page, last) : "…")}";
}
