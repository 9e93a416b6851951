using System.Globalization;
using CheckIn.Grains.Interfaces.CheckIn;
using CheckIn.WebFront.Pages;

namespace CheckIn.WebFront.CheckIn;

/// <summary>The visitor's check-in page (<c>/c/{code}</c>): the e-mail form, the empty-mail link, and the answer with
/// the points after a check-in. Plain HTML forms, no script.</summary>
internal static class CheckInPage
{
    public static HtmlContent Head { get; } = Html.Of($"<link rel=\"stylesheet\" href=\"/css/checkin.css\">");

    public static HtmlContent Form(PageContext page, string code, PublicVenue venue, string? email, string? error)
    {
        var errorBlock = error is null
            ? HtmlContent.Empty
            : Html.Of($"<p class=\"error\" role=\"alert\" id=\"checkin-error\">{error}</p>");
        var describedBy = error is null ? HtmlContent.Empty : Html.Of($" aria-describedby=\"checkin-error\" aria-invalid=\"true\"");
        var action = CheckInLinks.CheckInPath(code) + (page.IsEnglish ? "?lang=en" : "");
        var mailto = "mailto:" + venue.CheckInMailAddress;
        return Html.Of($"""
            <div class="checkin">
            <h1>{page.T("来訪者登録", "Visitor check-in")}</h1>
            <p class="venue-name">{venue.Name}</p>
            <p>{page.T(
                "メールアドレスを登録してください。同じ時間帯の来訪者に感染が分かった場合、このアドレスにお知らせします。",
                "Register your e-mail address. If someone who was here at the same time tests positive, we will tell you at this address.")}</p>
            {errorBlock}
            <form method="post" action="{action}" class="stack">
            {page.AntiforgeryField()}
            <label for="email">{page.T("メールアドレス", "E-mail address")}</label>
            <input id="email" name="email" type="email" inputmode="email" autocomplete="email" autocapitalize="none" spellcheck="false" required maxlength="254" value="{email ?? ""}"{describedBy}>
            <button type="submit">{page.T("登録する", "Check in")}</button>
            </form>
            <h2>{page.T("空メールで登録", "Check in by empty mail")}</h2>
            <p>{page.T("件名・本文なしのメールを送るだけでも登録できます。", "You can also send an empty e-mail to this address:")}</p>
            <a class="action" href="{mailto}">{venue.CheckInMailAddress}</a>
            <p class="note">{page.T(
                "登録した情報は60日後に削除され、お知らせ以外には使いません。",
                "Your registration is deleted after 60 days and used for nothing but this notice.")}</p>
            </div>
            """);
    }

    public static HtmlContent Done(PageContext page, CheckInResult result, TimeZoneInfo zone)
    {
        var at = TimeZoneInfo.ConvertTime(result.At, zone).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
        var repeat = result.IsNew
            ? HtmlContent.Empty
            : Html.Of($"<p>{page.T("10分以内に登録済みのため、最初の登録を表示しています。", "You checked in here less than 10 minutes ago; this is that check-in.")}</p>");
        return Html.Of($"""
            <div class="checkin">
            <h1>{page.T("登録しました", "You are checked in")}</h1>
            <p class="venue-name">{result.VenueName}</p>
            <p>{page.T("登録日時", "Time")}: <time datetime="{result.At.ToString("O", CultureInfo.InvariantCulture)}">{at}</time></p>
            {repeat}
            <p class="points" id="points">{page.T("ポイント", "Points")}: {result.Points.ToString(CultureInfo.InvariantCulture)}</p>
            <p>{page.T("抽選の口数", "Lottery entries")}: {result.LotteryEntries.ToString(CultureInfo.InvariantCulture)}
            {page.T("（10ポイントごとに1口）", "(one for every 10 points)")}</p>
            <p class="note">{page.T("ポイントは1施設につき1日1ポイントです。", "You get one point per venue per day.")}</p>
            </div>
            """);
    }

    public static HtmlContent NotFound(PageContext page)
        => Html.Of($"""
            <div class="checkin">
            <h1>{page.T("このQRコードは使えません", "This check-in code is not valid")}</h1>
            <p>{page.T("施設のポスターのQRコードをもう一度読み取ってください。", "Please scan the QR code on the venue's poster again.")}</p>
            </div>
            """);
}
