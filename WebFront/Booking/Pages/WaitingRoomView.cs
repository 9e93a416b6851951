using System.Globalization;
using CheckIn.Grains.Interfaces.Booking;
using CheckIn.WebFront.Booking.WaitingRoom;
using CheckIn.WebFront.Pages;

namespace CheckIn.WebFront.Booking.Pages;

/// <summary>The queue page: the visitor's position, how many are admitted, the estimated wait. It reloads
/// itself with a meta refresh (no JavaScript), keeping the place through the ticket cookie.</summary>
internal static class WaitingRoomView
{
    public static HtmlContent Head(TimeSpan refresh)
        => Html.Of($"<meta http-equiv=\"refresh\" content=\"{Math.Max(1, (int)Math.Ceiling(refresh.TotalSeconds)).ToString(CultureInfo.InvariantCulture)}\">");

    public static HtmlContent Render(PageContext page, CampaignInfo campaign, WaitingRoomPass pass, string selfUrl)
    {
        var position = (pass.Position ?? 0).ToString("N0", CultureInfo.InvariantCulture);
        var ahead = Math.Max(0, (pass.Position ?? 0) - pass.AdmittedThrough - 1).ToString("N0", CultureInfo.InvariantCulture);
        return Html.Of($"""
            <h1>{page.T("順番にご案内しています", "You are in the queue")}</h1>
            <p>{page.T("予約の受付開始直後は混み合うため、到着順にご案内しています。このページは自動で更新されます。閉じたり戻ったりすると順番が後ろになることがあります。",
                "Booking has just opened and many people are trying at once, so we let people in in the order they arrived. This page updates itself; keep it open.")}</p>
            <p>{page.T("あなたの順番", "Your place in the queue")}</p>
            <p class="queue-position" id="queue-position">{position}</p>
            <dl class="facts">
            <dt>{page.T("あなたより前", "Ahead of you")}</dt><dd id="queue-ahead">{ahead}</dd>
            <dt>{page.T("待ち時間の目安", "Estimated wait")}</dt><dd id="queue-wait">{BookingFormat.Wait(page, pass.EstimatedWait)}</dd>
            <dt>{page.T("予約受付開始", "Booking opens")}</dt><dd>{BookingFormat.DateTime(page, campaign.OpensAt, campaign.UtcOffset)}</dd>
            </dl>
            <p><a href="{selfUrl}">{page.T("今すぐ更新する", "Check now")}</a></p>
            """);
    }
}
