using System.Security.Claims;
using Microsoft.AspNetCore.Antiforgery;

namespace CheckIn.WebFront.Pages;

/// <summary>What a page needs while it renders: the language (<see cref="T"/> picks the Japanese or the
/// English text), the user, and the anti-forgery field for its forms.</summary>
public sealed class PageContext
{
    private PageContext(HttpContext http, string language)
    {
        Http = http;
        Language = language;
    }

    public HttpContext Http { get; }

    /// <summary>"ja" or "en".</summary>
    public string Language { get; }

    public bool IsEnglish => Language == PageLanguage.English;

    public ClaimsPrincipal User => Http.User;

    public static PageContext For(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        return new PageContext(http, PageLanguage.Resolve(http));
    }

    /// <summary>The text in the page's language.</summary>
    public string T(string japanese, string english) => IsEnglish ? english : japanese;

    /// <summary>The hidden anti-forgery field every POST form must carry.</summary>
    public HtmlContent AntiforgeryField()
    {
        var tokens = Http.RequestServices.GetRequiredService<IAntiforgery>().GetAndStoreTokens(Http);
        return Html.Of($"<input type=\"hidden\" name=\"{tokens.FormFieldName}\" value=\"{tokens.RequestToken}\">");
    }

    /// <summary>The current path and query, for "return to this page" links.</summary>
    public string CurrentUrl => Http.Request.Path + Http.Request.QueryString;
}
