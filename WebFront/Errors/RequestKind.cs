using Microsoft.Net.Http.Headers;

namespace CheckIn.WebFront.Errors;

/// <summary>Tells API requests from page requests, so that errors are answered as problem details or as
/// an HTML page.</summary>
public static class RequestKind
{
    /// <summary>True for a browser asking for a page: not under <c>/api</c> or <c>/openapi</c>, and
    /// accepting HTML.</summary>
    public static bool WantsHtml(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var path = context.Request.Path;
        if (path.StartsWithSegments("/api") || path.StartsWithSegments("/openapi") || path.StartsWithSegments("/healthz"))
        {
            return false;
        }

        var accept = context.Request.Headers[HeaderNames.Accept].ToString();
        return accept.Contains("text/html", StringComparison.OrdinalIgnoreCase);
    }
}
