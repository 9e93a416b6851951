using System.Globalization;
using CheckIn.WebFront.Hosting;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace CheckIn.WebFront.Errors;

/// <summary>Every 503 tells the client when to retry: one that came without a Retry-After (a grain's
/// <c>unavailable</c> refusal returned as a value, a framework 503) gets <see cref="WebFrontOptions.RetryAfterSeconds"/>.</summary>
internal static class RetryAfterDefault
{
    public static void Apply(HttpContext context, int status)
    {
        if (status != StatusCodes.Status503ServiceUnavailable || context.Response.HasStarted || context.Response.Headers.ContainsKey(HeaderNames.RetryAfter))
        {
            return;
        }

        var seconds = context.RequestServices.GetService<IOptions<WebFrontOptions>>()?.Value.RetryAfterSeconds ?? 1;
        context.Response.Headers[HeaderNames.RetryAfter] = Math.Max(1, seconds).ToString(CultureInfo.InvariantCulture);
    }
}
