using CheckIn.Grains.Interfaces.Booking;
using CheckIn.WebFront.Pages;

namespace CheckIn.WebFront.Booking.Pages;

/// <summary>A campaign's start page: what it is, when it opens, and sign-in with the voucher.</summary>
internal static class ResidentStartView
{
    public static HtmlContent Render(PageContext page, CampaignInfo campaign, DateOnly today, string? voucherNumber, string? error)
    {
        var errorBlock = error is null ? HtmlContent.Empty : Html.Of($"<p class=\"error\" role=\"alert\" id=\"signin-error\">{error}</p>");
        var describedBy = error is null ? HtmlContent.Empty : Html.Of($" aria-describedby=\"signin-error\"");
        return Html.Of($"""
            <h1>{campaign.Name}</h1>
            <p>{page.T("新型コロナワクチン接種の予約ページです。", "Book your vaccination here.")}</p>
            <dl class="facts">
            <dt>{page.T("予約受付開始", "Booking opens")}</dt><dd>{BookingFormat.DateTime(page, campaign.OpensAt, campaign.UtcOffset)}</dd>
            <dt>{page.T("接種回数", "Doses")}</dt><dd>{Doses(page, campaign)}</dd>
            </dl>
            <h2>{page.T("接種券で本人確認", "Sign in with your voucher")}</h2>
            {errorBlock}
            <form method="post" action="{ResidentPaths.SignIn(campaign.CampaignId)}" class="stack"{describedBy}>
            {page.AntiforgeryField()}
            <label for="voucherNumber">{page.T("接種券番号（10桁）", "Voucher number (10 digits)")}</label>
            <input id="voucherNumber" name="voucherNumber" type="text" inputmode="numeric" autocomplete="off" spellcheck="false" required maxlength="20" value="{voucherNumber ?? ""}">
            <label for="birthDate">{page.T("生年月日", "Date of birth")}</label>
            <input id="birthDate" name="birthDate" type="date" autocomplete="bday" required min="1900-01-01" max="{BookingFormat.Iso(today)}" aria-describedby="birthDate-hint">
            <p class="muted" id="birthDate-hint">{page.T("例: 1950-04-01", "For example 1950-04-01")}</p>
            <button type="submit">{page.T("次へ", "Continue")}</button>
            </form>
            """);
    }

    public static string Doses(PageContext page, CampaignInfo campaign)
        => campaign.DoseIntervalDays == 0
            ? page.T("1回", "One dose")
            : page.T($"2回（2回目は1回目の{campaign.DoseIntervalDays}日後に自動で予約されます）", $"Two (the second is booked for you {campaign.DoseIntervalDays} days after the first)");
}
