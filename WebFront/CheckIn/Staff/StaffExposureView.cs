using System.Globalization;
using CheckIn.Grains.Interfaces.CheckIn;
using CheckIn.WebFront.Pages;

namespace CheckIn.WebFront.CheckIn.Staff;

/// <summary>One exposure's warning mails: recipients, sent, failed and pending. While mails are still going out the
/// page reloads itself every few seconds (a meta refresh, so it works without JavaScript).</summary>
internal static class StaffExposureView
{
    public static HtmlContent RefreshHead { get; } = Html.Of($"<meta http-equiv=\"refresh\" content=\"5\">");

    public static HtmlContent Render(PageContext page, VenueInfo venue, ExposureProgress progress, TimeZoneInfo zone, string? notice)
    {
        var status = progress.Status switch
        {
            ExposureStatus.Selecting => page.T("対象者を選んでいます", "Selecting the recipients"),
            ExposureStatus.Sending => page.T("送信中", "Sending"),
            ExposureStatus.Completed => page.T("完了", "Completed"),
            _ => progress.Status.ToString(),
        };
        var done = progress.Recipients == 0 ? 100 : (int)Math.Round(100.0 * (progress.Sent + progress.Failed) / progress.Recipients);
        return Html.Of($"""
            <h1>{page.T("接触の通知", "Exposure notice")}</h1>
            {StaffNotices.Render(notice, null)}
            <p><a href="{StaffVenuePaths.Venue(venue.VenueId)}">{venue.Name}</a></p>
            <p>{page.T("期間", "Window")}: {Local(progress.From, zone)} – {Local(progress.To, zone)}</p>
            <p>{page.T("状態", "Status")}: <strong id="exposure-status" data-status="{progress.Status.ToString().ToLowerInvariant()}">{status}</strong></p>
            <label for="exposure-progress">{page.T("送信済みの割合", "Mails done")}</label>
            <progress id="exposure-progress" max="100" value="{done.ToString(CultureInfo.InvariantCulture)}">{done.ToString(CultureInfo.InvariantCulture)}%</progress>
            <div class="table-wrap"><table id="exposure-counts">
            <tbody>
            <tr><th scope="row">{page.T("対象者", "Recipients")}</th><td class="num" id="recipients">{progress.Recipients.ToString(CultureInfo.InvariantCulture)}</td></tr>
            <tr><th scope="row">{page.T("送信済み", "Sent")}</th><td class="num" id="sent">{progress.Sent.ToString(CultureInfo.InvariantCulture)}</td></tr>
            <tr><th scope="row">{page.T("送信失敗", "Failed")}</th><td class="num" id="failed">{progress.Failed.ToString(CultureInfo.InvariantCulture)}</td></tr>
            <tr><th scope="row">{page.T("送信待ち", "Pending")}</th><td class="num" id="pending">{progress.Pending.ToString(CultureInfo.InvariantCulture)}</td></tr>
            <tr><th scope="row">{page.T("再試行した送信", "Retried attempts")}</th><td class="num">{progress.FailedAttempts.ToString(CultureInfo.InvariantCulture)}</td></tr>
            </tbody>
            </table></div>
            """);
    }

    internal static string Local(DateTimeOffset at, TimeZoneInfo zone)
        => TimeZoneInfo.ConvertTime(at, zone).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
}
