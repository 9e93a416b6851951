namespace CheckIn.WebFront.Pages;

/// <summary>The staff sign-in form.</summary>
internal static class SignInPage
{
    public static HtmlContent Render(PageContext page, string? username, string? returnUrl, string? error)
    {
        var errorBlock = error is null
            ? HtmlContent.Empty
            : Html.Of($"<p class=\"error\" role=\"alert\" id=\"signin-error\">{error}</p>");
        var describedBy = error is null ? HtmlContent.Empty : Html.Of($" aria-describedby=\"signin-error\"");
        return Html.Of($"""
            <h1>{page.T("スタッフのサインイン", "Staff sign-in")}</h1>
            {errorBlock}
            <form method="post" action="/signin" class="stack"{describedBy}>
            {page.AntiforgeryField()}
            <input type="hidden" name="returnUrl" value="{returnUrl ?? ""}">
            <label for="username">{page.T("ユーザー名", "Username")}</label>
            <input id="username" name="username" type="text" autocomplete="username" autocapitalize="none" spellcheck="false" required maxlength="64" value="{username ?? ""}">
            <label for="password">{page.T("パスワード", "Password")}</label>
            <input id="password" name="password" type="password" autocomplete="current-password" required maxlength="256">
            <button type="submit">{page.T("サインイン", "Sign in")}</button>
            </form>
            """);
    }
}
