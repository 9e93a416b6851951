using System.Globalization;
using CheckIn.Grains.Interfaces.CheckIn;
using CheckIn.WebFront.Pages;

namespace CheckIn.WebFront.CheckIn.Staff;

/// <summary>A venue's staff page: its check-in address and poster, visit counts by local day and hour with the CSV
/// exports, code rotation for those who manage it, and exposures with the report form for health officers.</summary>
internal static class StaffVenueView
{
    /// <summary>What the page shows.</summary>
    /// <param name="Venue">The venue.</param>
    /// <param name="CheckInUrl">The absolute check-in URL.</param>
    /// <param name="First">The first local day of the counts.</param>
    /// <param name="Last">The last local day of the counts.</param>
    /// <param name="Counts">Check-ins per local day and hour (hours without check-ins left out).</param>
    /// <param name="CanManage">Whether the viewer may print the poster and rotate the code.</param>
    /// <param name="Exposures">The venue's exposures when the viewer is a health officer of its tenant, else null.</param>
    /// <param name="Zone">The venue's time zone.</param>
    /// <param name="Now">The current time.</param>
    public sealed record Model(
        VenueInfo Venue,
        Uri CheckInUrl,
        DateOnly First,
        DateOnly Last,
        IReadOnlyList<HourlyVisitCount> Counts,
        bool CanManage,
        IReadOnlyList<ExposureListing>? Exposures,
        TimeZoneInfo Zone,
        DateTimeOffset Now);

    public static HtmlContent Render(PageContext page, Model model, string? notice, IReadOnlyList<string>? errors, ExposureForm? exposureForm)
    {
        var venue = model.Venue;
        return Html.Of($"""
            <p><a href="{StaffVenuePaths.Home}">{page.T("施設の一覧", "All venues")}</a></p>
            <h1>{venue.Name}</h1>
            {StaffNotices.Render(notice, errors)}
            <dl class="facts">
            <dt>{page.T("業種", "Kind")}</dt><dd>{venue.Category}</dd>
            <dt>{page.T("所在地", "Address")}</dt><dd>{venue.Address}</dd>
            <dt>{page.T("来訪者登録のページ", "Check-in page")}</dt><dd><a id="checkin-url" href="{model.CheckInUrl.AbsoluteUri}">{model.CheckInUrl.AbsoluteUri}</a></dd>
            <dt>{page.T("空メールの宛先", "Empty-mail address")}</dt><dd>{venue.CheckInMailAddress}</dd>
            </dl>
            {Manage(page, model)}
            {Visits(page, model)}
            {Exposures(page, model, exposureForm)}
            """);
    }

    private static HtmlContent Manage(PageContext page, Model model)
    {
        if (!model.CanManage)
        {
            return HtmlContent.Empty;
        }

        var id = model.Venue.VenueId;
        return Html.Of($"""
            <h2>{page.T("QRポスター", "QR poster")}</h2>
            <ul>
            <li><a id="poster" href="{StaffVenuePaths.Poster(id)}">{page.T("A4ポスターを開いて印刷する", "Open the A4 poster to print")}</a></li>
            <li><a href="/api/venues/{id}/qr.svg">{page.T("QRコード（SVG）", "QR code (SVG)")}</a> · <a href="/api/venues/{id}/qr.png">{page.T("QRコード（PNG）", "QR code (PNG)")}</a></li>
            </ul>
            <form method="post" action="{StaffVenuePaths.RotateCode(id)}" class="stack">
            {page.AntiforgeryField()}
            <p>{page.T(
                "コードを新しくすると、今のQRポスターと空メールの宛先は使えなくなります。ポスターが悪用されたときに使ってください。",
                "A new code makes the current QR posters and empty-mail address stop working. Use it when a poster was misused.")}</p>
            <button type="submit">{page.T("コードを新しくする", "Issue a new code")}</button>
            </form>
            """);
    }

    private static HtmlContent Visits(PageContext page, Model model)
    {
        var id = model.Venue.VenueId;
        var first = Day(model.First);
        var last = Day(model.Last);
        var byDay = model.Counts.ToLookup(static c => c.Date);
        var hours = Html.Join(Enumerable.Range(0, 24).Select(static h => Html.Of($"<th scope=\"col\" class=\"num\">{h.ToString(CultureInfo.InvariantCulture)}</th>")));
        var rows = new List<HtmlContent>();
        for (var day = model.First; day <= model.Last; day = day.AddDays(1))
        {
            var perHour = new int[24];
            foreach (var count in byDay[day])
            {
                perHour[count.Hour] += count.Count;
            }

            var cells = Html.Join(perHour.Select(static n => n == 0
                ? Html.Of($"<td class=\"num zero\">0</td>")
                : Html.Of($"<td class=\"num\">{n.ToString(CultureInfo.InvariantCulture)}</td>")));
            rows.Add(Html.Of($"<tr data-day=\"{Day(day)}\"><th scope=\"row\">{Day(day)}</th><td class=\"num total\">{perHour.Sum().ToString(CultureInfo.InvariantCulture)}</td>{cells}</tr>"));
        }

        // The visits export takes instants: the local days' first and last moments in the venue's time zone.
        var fromInstant = Instant(model.First, model.Zone);
        var toInstant = Instant(model.Last.AddDays(1), model.Zone);
        var total = model.Counts.Sum(static c => c.Count);
        return Html.Of($"""
            <h2>{page.T("来訪者数（日・時間別）", "Check-ins by day and hour")}</h2>
            <form method="get" action="{StaffVenuePaths.Venue(id)}" class="inline-fields">
            <label for="from">{page.T("開始日", "From")}</label>
            <input id="from" name="from" type="date" value="{first}">
            <label for="to">{page.T("終了日", "To")}</label>
            <input id="to" name="to" type="date" value="{last}">
            <button type="submit">{page.T("表示", "Show")}</button>
            </form>
            <p>{page.T("期間の合計", "Total in the period")}: <strong id="visit-total">{total.ToString(CultureInfo.InvariantCulture)}</strong></p>
            <div class="table-wrap"><table id="visit-counts">
            <caption>{page.T($"{first} から {last} まで（時は現地時刻）", $"{first} to {last} (local hours)")}</caption>
            <thead><tr><th scope="col">{page.T("日付", "Day")}</th><th scope="col" class="num">{page.T("合計", "Total")}</th>{hours}</tr></thead>
            <tbody>{Html.Join(rows)}</tbody>
            </table></div>
            <ul>
            <li><a id="counts-csv" href="/api/venues/{id}/visit-counts.csv?from={first}&amp;to={last}">{page.T("日・時間別の件数（CSV）", "Counts by day and hour (CSV)")}</a></li>
            <li><a id="visits-csv" href="/api/venues/{id}/visits.csv?from={Uri.EscapeDataString(fromInstant)}&amp;to={Uri.EscapeDataString(toInstant)}">{page.T("来訪の一覧（CSV、メールアドレスは含みません）", "Each check-in (CSV, without e-mail addresses)")}</a></li>
            </ul>
            """);
    }

    private static HtmlContent Exposures(PageContext page, Model model, ExposureForm? form)
    {
        if (model.Exposures is not { } exposures)
        {
            return HtmlContent.Empty;
        }

        var rows = Html.Join(exposures.Reverse().Select(e => Html.Of($"""
            <li><a href="{StaffVenuePaths.Exposure(e.ExposureId)}">{StaffExposureView.Local(e.From, model.Zone)} – {StaffExposureView.Local(e.To, model.Zone)}</a>
            ({page.T("報告", "reported")} {StaffExposureView.Local(e.ReportedAt, model.Zone)})</li>
            """)));
        var list = exposures.Count == 0
            ? Html.Of($"<p>{page.T("この施設の報告はまだありません。", "No exposure has been reported for this venue.")}</p>")
            : Html.Of($"<ul id=\"exposures\">{rows}</ul>");
        var now = TimeZoneInfo.ConvertTime(model.Now, model.Zone);
        var max = now.ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture);
        return Html.Of($"""
            <h2>{page.T("接触の通知", "Exposure notices")}</h2>
            {list}
            <form method="post" action="{StaffVenuePaths.Exposures(model.Venue.VenueId)}" class="stack">
            {page.AntiforgeryField()}
            <p>{page.T(
                "感染者が滞在した時間帯を入力してください（現地時刻）。この時間帯と猶予時間に登録したすべての来訪者に、1通ずつ通知メールを送ります。同じ期間を再度報告しても2通目は送りません。",
                "Enter when the infected visitor was here (local time). Everyone who checked in during that window or the grace period after it gets one warning mail. Reporting the same window again sends nothing new.")}</p>
            <label for="exposure-from">{page.T("開始日時", "From")}</label>
            <input id="exposure-from" name="from" type="datetime-local" required max="{max}" value="{form?.From ?? ""}">
            <label for="exposure-to">{page.T("終了日時", "To")}</label>
            <input id="exposure-to" name="to" type="datetime-local" required max="{max}" value="{form?.To ?? ""}">
            <button type="submit">{page.T("報告して通知する", "Report and warn")}</button>
            </form>
            """);
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Instant(DateOnly day, TimeZoneInfo zone)
    {
        var local = day.ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(local, zone.GetUtcOffset(local)).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
    }
}
