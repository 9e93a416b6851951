using CheckIn.WebFront.Pages;

namespace CheckIn.WebFront.Booking.Pages;

/// <summary>The booking staff home: create a campaign, or open one by its id.</summary>
internal static class StaffHomeView
{
    public static HtmlContent Render(PageContext page, string tenant, CreateCampaignForm? form, IReadOnlyList<string>? errors)
    {
        return Html.Of($"""
            <h1>{page.T("接種予約の管理", "Vaccination booking")}</h1>
            <p>{page.T($"テナント {tenant} のキャンペーンを作成・管理します。", $"Create and run the campaigns of tenant {tenant}.")}</p>
            {StaffNotices.Render(null, errors)}
            <h2>{page.T("キャンペーンを開く", "Open a campaign")}</h2>
            <form method="get" action="{StaffPaths.Home}" class="stack">
            <label for="campaignId">{page.T("キャンペーンID", "Campaign id")}</label>
            <input id="campaignId" name="campaignId" type="text" required maxlength="64" autocapitalize="none" spellcheck="false">
            <button type="submit">{page.T("開く", "Open")}</button>
            </form>
            <h2>{page.T("新しいキャンペーン", "New campaign")}</h2>
            <form method="post" action="{StaffPaths.CreateCampaign}" class="stack">
            {page.AntiforgeryField()}
            <label for="name">{page.T("名前", "Name")}</label>
            <input id="name" name="name" type="text" required maxlength="200" value="{form?.Name ?? ""}">
            <label for="opensAt">{page.T("予約受付開始（現地時刻）", "Booking opens (local time)")}</label>
            <input id="opensAt" name="opensAt" type="datetime-local" required value="{form?.OpensAt ?? ""}">
            <label for="utcOffset">{page.T("時差（UTCから）", "UTC offset")}</label>
            <input id="utcOffset" name="utcOffset" type="text" required pattern="[+\-][0-9][0-9]:[0-9][0-9]" value="{form?.UtcOffset ?? "+09:00"}">
            <label for="doseIntervalDays">{page.T("1回目から2回目までの日数（1回接種は0）", "Days from dose 1 to dose 2 (0 for one dose)")}</label>
            <input id="doseIntervalDays" name="doseIntervalDays" type="number" required min="0" max="365" value="{form?.DoseIntervalDays ?? "21"}">
            <label for="firstDate">{page.T("最初の接種日（任意）", "First vaccination day (optional)")}</label>
            <input id="firstDate" name="firstDate" type="date" value="{form?.FirstDate ?? ""}">
            <label for="lastDate">{page.T("最後の接種日（任意）", "Last vaccination day (optional)")}</label>
            <input id="lastDate" name="lastDate" type="date" value="{form?.LastDate ?? ""}">
            <button type="submit">{page.T("作成する", "Create")}</button>
            </form>
            """);
    }
}
