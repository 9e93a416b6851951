using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CheckIn.WebFront.Pages;

/// <summary>HTML responses for page endpoints.</summary>
public static class PageResults
{
    /// <summary>A whole page in the shared layout.</summary>
    public static ContentHttpResult Page(PageContext page, string title, HtmlContent main, int statusCode = StatusCodes.Status200OK, HtmlContent? head = null)
        => Fragment(PageLayout.Render(page, title, main, head), statusCode);

    /// <summary>Markup as it is (a fragment a page script fetches).</summary>
    public static ContentHttpResult Fragment(HtmlContent html, int statusCode = StatusCodes.Status200OK)
        => TypedResults.Text(html.Value, "text/html", Encoding.UTF8, statusCode);
}
