using System.Globalization;
using CheckIn.WebFront.Pages;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;

namespace CheckIn.WebFront.Errors;

/// <summary>Writes an error outside an endpoint's own result (middleware, authentication, exceptions):
/// problem details with a <c>code</c> for API clients, an HTML page for browsers.</summary>
public static class ErrorResponses
{
    /// <summary>Writes the error unless the response has started.</summary>
    public static async Task WriteAsync(HttpContext context, int status, string code, string title, string? detail = null, TimeSpan? retryAfter = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Response.HasStarted)
        {
            return;
        }

        context.Response.StatusCode = status;
        if (retryAfter is { } delay)
        {
            var seconds = Math.Max(1, (int)Math.Ceiling(delay.TotalSeconds));
            context.Response.Headers[HeaderNames.RetryAfter] = seconds.ToString(CultureInfo.InvariantCulture);
        }

        RetryAfterDefault.Apply(context, status);
        if (RequestKind.WantsHtml(context))
        {
            await ErrorPage.WriteAsync(context, status, title).ConfigureAwait(false);
            return;
        }

        var problems = context.RequestServices.GetRequiredService<IProblemDetailsService>();
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = new ProblemDetails
            {
                Status = status,
                Title = title,
                Detail = detail,
                Extensions = { [Problems.CodeKey] = code },
            },
        }).ConfigureAwait(false);
    }
}
