using CheckIn.WebFront.Operations;

namespace CheckIn.WebFront.Hosting;

/// <summary>Headers every response carries: no sniffing, no framing, same-origin referrers, and a content
/// security policy that allows only this site's own scripts and styles (pages use no inline script).</summary>
/// <remarks>Microsoft.Orleans.Dashboard, under <see cref="DashboardPages.DashboardPath"/> and for admins only, is a
/// page this project does not write: it injects a style element and loads its icon font as a <c>data:</c> URL. Its
/// policy allows those two, and nothing more: scripts stay this site's own files there too.</remarks>
internal sealed class SecurityHeadersMiddleware(RequestDelegate next)
{
    private const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    private const string DashboardContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; font-src 'self' data:; img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    public Task InvokeAsync(HttpContext context)
    {
        var headers = context.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "same-origin";
        headers.ContentSecurityPolicy = context.Request.Path.StartsWithSegments(DashboardPages.DashboardPath, StringComparison.OrdinalIgnoreCase)
            ? DashboardContentSecurityPolicy
            : ContentSecurityPolicy;
        return next(context);
    }
}
