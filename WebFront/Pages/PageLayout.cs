using CheckIn.WebFront.Auth;

namespace CheckIn.WebFront.Pages;

/// <summary>The shell every page shares: language switch, staff navigation, skip link, one stylesheet.
/// Works without JavaScript; the stylesheet is mobile-first.</summary>
public static class PageLayout
{
    /// <summary>The site's name in the page's language.</summary>
    public static string SiteName(PageContext page) => page.T("チェックイン・接種予約", "Check-in & Vaccination Booking");

    /// <summary>A whole document around <paramref name="main"/>.</summary>
    public static HtmlContent Render(PageContext page, string title, HtmlContent main, HtmlContent? head = null)
    {
        ArgumentNullException.ThrowIfNull(page);
        var returnUrl = Uri.EscapeDataString(page.CurrentUrl);
        var languageLink = page.IsEnglish
            ? Html.Of($"<a href=\"/lang/ja?returnUrl={returnUrl}\" lang=\"ja\" hreflang=\"ja\">日本語</a>")
            : Html.Of($"<a href=\"/lang/en?returnUrl={returnUrl}\" lang=\"en\" hreflang=\"en\">English</a>");
        var staffLinks = page.User.GetStaffUsername() is { } username
            ? Html.Of($"""
                <a href="/staff">{page.T("スタッフメニュー", "Staff home")}</a>
                <form class="inline" method="post" action="/signout">{page.AntiforgeryField()}<button type="submit" class="link">{page.T("サインアウト", "Sign out")} ({username})</button></form>
                """)
            : Html.Of($"<a href=\"{StaffAuthenticationDefaults.SignInPath}\">{page.T("スタッフのサインイン", "Staff sign-in")}</a>");
        return Html.Of($"""
            <!DOCTYPE html>
            <html lang="{page.Language}">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{title} | {SiteName(page)}</title>
            <link rel="icon" href="/favicon.svg" type="image/svg+xml">
            <link rel="stylesheet" href="/css/site.css">
            {head ?? HtmlContent.Empty}
            </head>
            <body>
            <a class="skip" href="#main">{page.T("本文へ移動", "Skip to content")}</a>
            <header class="site-header">
            <a class="brand" href="/">{SiteName(page)}</a>
            <nav aria-label="{page.T("サイト", "Site")}">{languageLink} {staffLinks}</nav>
            </header>
            <main id="main" tabindex="-1">
            {main}
            </main>
            <footer class="site-footer"><p>{page.T("自治体向けチェックイン・予約サービス", "Check-in and booking service for municipalities")}</p></footer>
            </body>
            </html>
            """);
    }
}
