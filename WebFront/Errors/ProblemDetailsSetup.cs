using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.WebUtilities;

namespace CheckIn.WebFront.Errors;

/// <summary>Makes every problem the framework writes (status code pages, results, handlers) carry a
/// <c>code</c>, a clear title and the request's trace id, and every 503 a Retry-After.</summary>
internal static class ProblemDetailsSetup
{
    public static void Customize(ProblemDetailsContext context)
    {
        var problem = context.ProblemDetails;
        var status = problem.Status ?? context.HttpContext.Response.StatusCode;
        if (!problem.Extensions.ContainsKey(Problems.CodeKey))
        {
            problem.Extensions[Problems.CodeKey] = ProblemCodes.ForStatus(status);
        }

        // The framework's default titles are bare reason phrases ("Not Found"); say what happened.
        if (problem.Title is null || problem.Title == ReasonPhrases.GetReasonPhrase(status))
        {
            problem.Title = ProblemCodes.TitleForStatus(status);
        }

        RetryAfterDefault.Apply(context.HttpContext, status);
        problem.Instance ??= context.HttpContext.Request.Path;
        if (context.HttpContext.Features.Get<IHttpActivityFeature>()?.Activity.Id is { } traceId)
        {
            problem.Extensions.TryAdd("traceId", traceId);
        }
        else
        {
            problem.Extensions.TryAdd("traceId", context.HttpContext.TraceIdentifier);
        }
    }
}
