using System.Text;

namespace CheckIn.WebFront.Pages;

/// <summary>The HTML answer to a browser's failed request (the API gets problem details instead).</summary>
public static class ErrorPage
{
    public static Task WriteAsync(HttpContext context, int status, string title)
    {
        ArgumentNullException.ThrowIfNull(context);
        var page = PageContext.For(context);
        var (japanese, english) = status switch
        {
            403 => ("この操作の権限がありません", "Your role or tenant does not allow this"),
            404 => ("ページが見つかりません", "Page not found"),
            405 => ("この方法ではアクセスできません", "This address does not accept this method"),
            413 => ("送信内容が大きすぎます", "What you sent is too large"),
            429 => ("アクセスが集中しています。しばらくしてからもう一度お試しください", "Too many requests; please try again shortly"),
            503 => ("混み合っています。しばらくしてからもう一度お試しください", "The service is busy; please try again shortly"),
            >= 500 => ("エラーが発生しました", "Something went wrong"),
            _ => ("リクエストを処理できませんでした", title),
        };
        var heading = page.T(japanese, english);
        var main = Html.Of($"""
            <h1>{heading}</h1>
            <p>{page.T("エラーコード", "Error")} {status}</p>
            <p><a href="/">{page.T("トップへ戻る", "Back to the start page")}</a></p>
            """);
        context.Response.ContentType = "text/html; charset=utf-8";
        return context.Response.WriteAsync(PageLayout.Render(page, heading, main).Value, Encoding.UTF8);
    }
}
