namespace CheckIn.WebFront.Pages;

/// <summary>The page language: Japanese unless the visitor chose English (<c>?lang=en</c>, or the
/// <c>lang</c> cookie that <c>/lang/{language}</c> sets).</summary>
public static class PageLanguage
{
    public const string Japanese = "ja";
    public const string English = "en";
    public const string CookieName = "lang";

    public static string Resolve(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var requested = context.Request.Query["lang"].ToString();
        if (requested is Japanese or English)
        {
            return requested;
        }

        return context.Request.Cookies.TryGetValue(CookieName, out var cookie) && cookie == English ? English : Japanese;
    }
}
