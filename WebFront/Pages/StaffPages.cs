using Microsoft.AspNetCore.Antiforgery;
using CheckIn.WebFront.Auth;
using CheckIn.WebFront.RateLimits;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace CheckIn.WebFront.Pages;

/// <summary>Server-rendered staff pages: sign-in (a plain form, no JavaScript), sign-out, staff home,
/// and the language switch.</summary>
public static class StaffPages
{
    private const string StaffHome = "/staff";

    public static IEndpointRouteBuilder MapStaffPages(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var pages = app.MapGroup("").ExcludeFromDescription();
        pages.MapGet("/", () => TypedResults.Redirect(StaffHome));
        pages.MapGet(StaffAuthenticationDefaults.SignInPath, ShowSignIn).AllowAnonymous();
        pages.MapPost(StaffAuthenticationDefaults.SignInPath, SignIn).AllowAnonymous().RequireRateLimiting(RateLimitPolicies.SignIn);
        pages.MapPost("/signout", SignOut).WithMetadata(new RequireAntiforgeryTokenAttribute());
        pages.MapGet(StaffHome, ShowStaffHome).RequireAuthorization(StaffPolicies.AnyStaff);
        pages.MapGet("/lang/{language}", SwitchLanguage);
        return app;
    }

    internal static ContentHttpResult ShowSignIn(HttpContext http, string? returnUrl)
    {
        var page = PageContext.For(http);
        return PageResults.Page(page, page.T("サインイン", "Sign in"), SignInPage.Render(page, null, returnUrl, null));
    }

    internal static ContentHttpResult ShowStaffHome(HttpContext http)
    {
        var page = PageContext.For(http);
        return PageResults.Page(page, page.T("スタッフメニュー", "Staff home"), StaffHomePage.Render(page));
    }

    internal static async Task<Results<RedirectHttpResult, ContentHttpResult>> SignIn([FromForm] SignInForm form, HttpContext http, SignInService signIn)
    {
        var page = PageContext.For(http);
        if (string.IsNullOrWhiteSpace(form.Username) || string.IsNullOrEmpty(form.Password))
        {
            return Retry(page, form, StatusCodes.Status400BadRequest, page.T("ユーザー名とパスワードを入力してください。", "Enter your username and password."));
        }

        var outcome = await signIn.SignInAsync(form.Username, form.Password, ClientAddress.Of(http));
        switch (outcome.Status)
        {
            case SignInStatus.Succeeded:
                http.Response.Cookies.Append(StaffAuthenticationDefaults.CookieName, outcome.Token!.Token, new CookieOptions
                {
                    HttpOnly = true,
                    SameSite = SameSiteMode.Strict,
                    Secure = http.Request.IsHttps,
                    Path = "/",
                    Expires = outcome.Token.ExpiresAt,
                    IsEssential = true,
                });
                return TypedResults.Redirect(LocalUrl.OrDefault(form.ReturnUrl, StaffHome));
            case SignInStatus.LockedOut:
            case SignInStatus.Throttled:
                return Retry(page, form, StatusCodes.Status429TooManyRequests,
                    page.T("サインインの失敗が続いたため、しばらく受け付けません。時間をおいてお試しください。", "Too many failed sign-ins. Please wait and try again later."));
            default:
                return Retry(page, form, StatusCodes.Status401Unauthorized, page.T("ユーザー名またはパスワードが違います。", "Wrong username or password."));
        }
    }

    internal static RedirectHttpResult SignOut(HttpContext http)
    {
        http.Response.Cookies.Delete(StaffAuthenticationDefaults.CookieName, new CookieOptions { Path = "/", SameSite = SameSiteMode.Strict, Secure = http.Request.IsHttps, HttpOnly = true });
        return TypedResults.Redirect(StaffAuthenticationDefaults.SignInPath);
    }

    internal static RedirectHttpResult SwitchLanguage(HttpContext http, string language, string? returnUrl)
    {
        var chosen = language == PageLanguage.English ? PageLanguage.English : PageLanguage.Japanese;
        http.Response.Cookies.Append(PageLanguage.CookieName, chosen, new CookieOptions
        {
            Path = "/",
            SameSite = SameSiteMode.Lax,
            Secure = http.Request.IsHttps,
            MaxAge = TimeSpan.FromDays(365),
            IsEssential = true,
        });
        return TypedResults.Redirect(LocalUrl.OrDefault(returnUrl, "/"));
    }

    private static ContentHttpResult Retry(PageContext page, SignInForm form, int status, string error)
        => PageResults.Page(page, page.T("サインイン", "Sign in"), SignInPage.Render(page, form.Username, form.ReturnUrl, error), status);
}
