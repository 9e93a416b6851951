using CheckIn.Grains.Interfaces.Tenants;
using CheckIn.WebFront.Auth;

namespace CheckIn.WebFront.Pages;

/// <summary>The staff home: who is signed in and what the role may do (API.md, Auth).</summary>
internal static class StaffHomePage
{
    public static HtmlContent Render(PageContext page)
    {
        var user = page.User;
        var role = user.GetStaffRole() ?? "";
        var tenant = user.GetStaffTenant();
        var abilities = role switch
        {
            StaffRoles.Admin =>
            [
                Link("/dashboard/", page.T("Orleans ダッシュボード（サイロ、グレイン、メソッド、リマインダー）", "Orleans dashboard (silos, grains, methods, reminders)")),
                Link("/operations", page.T("運用（呼び出し、過負荷、ストレージのグループコミット）", "Operations (calls, overload, storage group commit)")),
                Item(page.T("テナント（自治体）の作成", "Create tenants (municipalities)"), "POST /api/tenants"),
                Item(page.T("テナントのスタッフの作成", "Create a tenant's staff"), "POST /api/tenants/{tenant}/staff"),
                Item(page.T("クラスタの状態", "Cluster status"), "GET /api/cluster"),
            ],
            StaffRoles.MunicipalityAdmin =>
            [
                Item(page.T("スタッフの作成", "Create staff"), $"POST /api/tenants/{tenant}/staff"),
                Item(page.T("接種キャンペーン、会場、予約枠、接種券の管理", "Campaigns, sites, slots and vouchers"), $"POST /api/tenants/{tenant}/campaigns"),
                Link("/staff/venues", page.T("施設の登録、QRポスター、来訪者数", "Venues: registration, QR posters, visit counts")),
                Item(page.T("来場の記録（受付）", "Attendance at the site"), "POST /api/campaigns/{campaignId}/attendance"),
            ],
            StaffRoles.HealthOfficer =>
            [
                Link("/staff/venues", page.T("施設の来訪者数と接触の通知", "Venues: visit counts and exposure notices")),
            ],
            StaffRoles.VenueOperator =>
            [
                Link("/staff/venues", page.T("自分の施設の登録、QRポスター、来訪者数", "Your venues: registration, QR posters, visit counts")),
            ],
            _ => Array.Empty<HtmlContent>(),
        };
        var scope = tenant is null
            ? page.T("すべてのテナント", "all tenants")
            : page.T($"テナント {tenant}", $"tenant {tenant}");
        return Html.Of($"""
            <h1>{page.T("スタッフメニュー", "Staff home")}</h1>
            <p>{page.T("サインイン中", "Signed in as")}: <strong>{user.GetStaffUsername()}</strong> ({RoleName(page, role)}, {scope})</p>
            <h2>{page.T("できること", "What you can do")}</h2>
            <ul class="abilities">{abilities}</ul>
            """);
    }

    private static string RoleName(PageContext page, string role) => role switch
    {
        StaffRoles.Admin => page.T("管理者", "administrator"),
        StaffRoles.MunicipalityAdmin => page.T("自治体管理者", "municipality administrator"),
        StaffRoles.HealthOfficer => page.T("保健所職員", "health officer"),
        StaffRoles.VenueOperator => page.T("施設運営者", "venue operator"),
        _ => role,
    };

    private static HtmlContent Item(string text, string api) => Html.Of($"<li>{text} <code>{api}</code></li>");

    private static HtmlContent Link(string href, string text) => Html.Of($"<li><a href=\"{href}\">{text}</a></li>");
}
