using System.Globalization;
using CheckIn.Grains.Interfaces.CheckIn;
using CheckIn.WebFront.Pages;

namespace CheckIn.WebFront.CheckIn.Staff;

/// <summary>The tenant's venues the staff member may see, and the registration form for those who may register.</summary>
internal static class StaffVenueListView
{
    public static HtmlContent Render(PageContext page, string tenant, IReadOnlyList<VenueListing> venues, bool canRegister, VenueForm? form, IReadOnlyList<string>? errors)
    {
        var rows = Html.Join(venues.Select(v => Html.Of($"""
            <tr><td><a href="{StaffVenuePaths.Venue(v.VenueId)}">{v.Name}</a></td><td>{v.Owner}</td><td>{v.RegisteredAt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}</td></tr>
            """)));
        var list = venues.Count == 0
            ? Html.Of($"<p id=\"no-venues\">{page.T("表示できる施設はまだありません。", "There are no venues to show yet.")}</p>")
            : Html.Of($"""
                <div class="table-wrap"><table id="venues">
                <caption>{page.T($"{venues.Count}件", $"{venues.Count} venues")}</caption>
                <thead><tr><th scope="col">{page.T("施設名", "Name")}</th><th scope="col">{page.T("登録者", "Owner")}</th><th scope="col">{page.T("登録日", "Registered")}</th></tr></thead>
                <tbody>{rows}</tbody>
                </table></div>
                """);
        var registration = canRegister
            ? Html.Of($"""
                <h2>{page.T("施設を登録する", "Register a venue")}</h2>
                <form method="post" action="{StaffVenuePaths.Home}" class="stack">
                {page.AntiforgeryField()}
                <label for="name">{page.T("施設名", "Name")}</label>
                <input id="name" name="name" type="text" required maxlength="200" value="{form?.Name ?? ""}">
                <label for="category">{page.T("業種（飲食店、劇場など）", "Kind of venue (restaurant, theatre, ...)")}</label>
                <input id="category" name="category" type="text" required maxlength="100" value="{form?.Category ?? ""}">
                <label for="address">{page.T("所在地", "Address")}</label>
                <input id="address" name="address" type="text" required maxlength="300" autocomplete="street-address" value="{form?.Address ?? ""}">
                <button type="submit">{page.T("登録する", "Register")}</button>
                </form>
                """)
            : HtmlContent.Empty;
        return Html.Of($"""
            <h1>{page.T("施設とQRコード", "Venues and QR codes")}</h1>
            <p>{page.T($"テナント {tenant} の施設です。", $"The venues of tenant {tenant}.")}</p>
            {StaffNotices.Render(null, errors)}
            {list}
            {registration}
            """);
    }
}
